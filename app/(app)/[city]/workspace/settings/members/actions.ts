"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/kernel/action-chain/safe-action";
import { changeMemberRole as saveMemberRole } from "@/lib/features/members/change-member-role";
import { inviteMember as sendInvitation } from "@/lib/features/members/invite-member";
import { removeMember as deleteMembership } from "@/lib/features/members/remove-member";
import { revokeInvitation as withdrawInvitation } from "@/lib/features/members/revoke-invitation";
import { ZChangeMemberRole, ZInviteMember, ZRemoveMember, ZRevokeInvitation } from "@/lib/features/members/schema";

const membersPath = (slug: string) => `/${slug}/workspace/settings/members`;

/** Invites someone; the link comes back only when it could not be emailed, for the admin to pass on. */
export const inviteMember = cityAction(
  { name: "members.invite", capability: "members.manage", input: ZInviteMember },
  async (ctx, input) => {
    const result = await sendInvitation({ cityId: ctx.city.id, citySlug: ctx.city.slug, actorId: ctx.user.id }, input);
    revalidatePath(membersPath(ctx.city.slug));
    return { email: input.email, emailed: result.emailed, url: result.emailed ? null : result.url };
  },
);

export const changeMemberRole = cityAction(
  { name: "members.changeRole", capability: "members.manage", input: ZChangeMemberRole },
  async (ctx, input) => {
    await saveMemberRole({ cityId: ctx.city.id, actorId: ctx.user.id }, input.userId, input.role);
    revalidatePath(membersPath(ctx.city.slug));
    return { userId: input.userId, role: input.role };
  },
);

export const removeMember = cityAction(
  { name: "members.remove", capability: "members.manage", input: ZRemoveMember },
  async (ctx, input) => {
    await deleteMembership({ cityId: ctx.city.id, actorId: ctx.user.id }, input.userId);
    revalidatePath(membersPath(ctx.city.slug));
    return { userId: input.userId };
  },
);

export const revokeInvitation = cityAction(
  { name: "members.revokeInvitation", capability: "members.manage", input: ZRevokeInvitation },
  async (ctx, input) => {
    await withdrawInvitation({ cityId: ctx.city.id, actorId: ctx.user.id }, input.invitationId);
    revalidatePath(membersPath(ctx.city.slug));
    return { invitationId: input.invitationId };
  },
);
