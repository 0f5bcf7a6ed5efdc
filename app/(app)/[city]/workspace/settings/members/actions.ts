"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/kernel/action-chain/safe-action";
import { changeMemberRole } from "@/lib/features/members/change-member-role";
import { inviteMember } from "@/lib/features/members/invite-member";
import { removeMember } from "@/lib/features/members/remove-member";
import { revokeInvitation } from "@/lib/features/members/revoke-invitation";
import { ZChangeMemberRole, ZInviteMember, ZRemoveMember, ZRevokeInvitation } from "@/lib/features/members/schema";

const membersPath = (slug: string) => `/${slug}/workspace/settings/members`;

/** Invites someone; the link comes back only when it could not be emailed, for the admin to pass on. */
export const inviteMemberAction = cityAction({ name: "members.invite", capability: "members.manage", input: ZInviteMember }, async (ctx, input) => {
  const result = await inviteMember({ cityId: ctx.city.id, citySlug: ctx.city.slug, actorId: ctx.user.id }, input);
  revalidatePath(membersPath(ctx.city.slug));
  return { email: input.email, emailed: result.emailed, url: result.emailed ? null : result.url };
});

export const changeMemberRoleAction = cityAction(
  { name: "members.role.change", capability: "members.manage", input: ZChangeMemberRole },
  async (ctx, input) => {
    await changeMemberRole({ cityId: ctx.city.id, actorId: ctx.user.id }, input.userId, input.role);
    revalidatePath(membersPath(ctx.city.slug));
    return { userId: input.userId, role: input.role };
  },
);

export const removeMemberAction = cityAction({ name: "members.remove", capability: "members.manage", input: ZRemoveMember }, async (ctx, input) => {
  await removeMember({ cityId: ctx.city.id, actorId: ctx.user.id }, input.userId);
  revalidatePath(membersPath(ctx.city.slug));
  return { userId: input.userId };
});

export const revokeInvitationAction = cityAction(
  { name: "members.invitation.revoke", capability: "members.manage", input: ZRevokeInvitation },
  async (ctx, input) => {
    await revokeInvitation({ cityId: ctx.city.id, actorId: ctx.user.id }, input.invitationId);
    revalidatePath(membersPath(ctx.city.slug));
    return { invitationId: input.invitationId };
  },
);
