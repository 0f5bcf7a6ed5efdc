/**
 * Inputs of the member-management actions (settings → members), shared by forms and actions.
 * Error messages are message keys (lib/kernel/i18n/messages/auth.ts); forms translate them.
 */
import { z } from "zod";
import { ROLES } from "@/lib/kernel/auth/permissions";
import { ZEmail } from "@/lib/kernel/auth/email-schema";

export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

const ZId = z.uuid("errors.notFound");

export const ZInviteMember = z.object({ email: ZEmail, role: ZRole });
export type TInviteMember = z.infer<typeof ZInviteMember>;

export const ZChangeMemberRole = z.object({ userId: ZId, role: ZRole });
export type TChangeMemberRole = z.infer<typeof ZChangeMemberRole>;

export const ZRemoveMember = z.object({ userId: ZId });
export type TRemoveMember = z.infer<typeof ZRemoveMember>;

export const ZRevokeInvitation = z.object({ invitationId: ZId });
export type TRevokeInvitation = z.infer<typeof ZRevokeInvitation>;
