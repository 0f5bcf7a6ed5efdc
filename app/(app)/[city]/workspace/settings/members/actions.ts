"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { changeMemberRole } from "@/lib/features/members/change-member-role";
import { inviteMember } from "@/lib/features/members/invite-member";
import { removeMember } from "@/lib/features/members/remove-member";
import { revokeInvitation } from "@/lib/features/members/revoke-invitation";
import { ZChangeMemberRole, ZInviteMember, ZRemoveMember, ZRevokeInvitation } from "@/lib/features/members/schema";

const membersPath = (slug: string) => `/${slug}/workspace/settings/members`;

/** Invites someone; the link comes back only when it could not be emailed, for the admin to pass on. */
export const inviteMemberAction = cityAction({ name: "members.invite", capability: "members.manage", input: ZInviteMember }, async (ctx, input) => {
  const result = await inviteMember(cityScope(ctx), input);
  revalidatePath(membersPath(ctx.city.slug));
  return { email: input.email, emailed: result.emailed, url: result.emailed ? null : result.url };
});

export const changeMemberRoleAction = cityAction(
  { name: "members.role.change", capability: "members.manage", input: ZChangeMemberRole },
  async (ctx, input) => {
    await changeMemberRole(cityScope(ctx), input.userId, input.role);
    revalidatePath(membersPath(ctx.city.slug));
    return { userId: input.userId, role: input.role };
  },
);

export const removeMemberAction = cityAction({ name: "members.remove", capability: "members.manage", input: ZRemoveMember }, async (ctx, input) => {
  await removeMember(cityScope(ctx), input.userId);
  revalidatePath(membersPath(ctx.city.slug));
  return { userId: input.userId };
});

export const revokeInvitationAction = cityAction(
  { name: "members.invitation.revoke", capability: "members.manage", input: ZRevokeInvitation },
  async (ctx, input) => {
    await revokeInvitation(cityScope(ctx), input.invitationId);
    revalidatePath(membersPath(ctx.city.slug));
    return { invitationId: input.invitationId };
  },
);
