/**
 * Input schemas of the sign-in, password and invitation forms, shared by each form (zodResolver)
 * and its Server Action. Error messages are message keys (lib/kernel/i18n/messages/auth.ts, account.ts):
 * the form translates them.
 */
import { z } from "zod";
import { LOCALES } from "@/lib/kernel/i18n/locales";
import { ZEmail } from "./email-schema";
import { PASSWORD_PROBLEM_MESSAGE, passwordProblems } from "./password-policy";

export { ZEmail };

/** A new password that meets the policy. The email rule needs the account, so the core adds it. */
export const ZNewPassword = z.string().superRefine((password, ctx) => {
  for (const problem of passwordProblems(password)) ctx.addIssue({ code: "custom", message: PASSWORD_PROBLEM_MESSAGE[problem] });
});

const ZToken = z.string().min(20, "auth.validation.tokenInvalid").max(200, "auth.validation.tokenInvalid");
const ZName = z.string().trim().min(1, "auth.validation.nameRequired").max(120, "auth.validation.nameTooLong");

function sameConfirmation(v: { password: string; confirm: string }, ctx: z.RefinementCtx) {
  if (v.password !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "auth.validation.passwordsDiffer" });
}

export const ZLogin = z.object({
  email: ZEmail,
  password: z.string().min(1, "auth.validation.passwordRequired"),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZForgotPassword = z.object({ email: ZEmail });
export type TForgotPassword = z.infer<typeof ZForgotPassword>;

export const ZResetPassword = z.object({ token: ZToken, password: ZNewPassword, confirm: z.string() }).superRefine(sameConfirmation);
export type TResetPassword = z.infer<typeof ZResetPassword>;

export const ZChangePassword = z
  .object({ currentPassword: z.string().min(1, "account.password.currentRequired"), password: ZNewPassword, confirm: z.string() })
  .superRefine(sameConfirmation);
export type TChangePassword = z.infer<typeof ZChangePassword>;

/** Accepting an invitation for an address without a password: create (or complete) the account. */
export const ZAcceptInvitationNew = z.object({ token: ZToken, name: ZName, password: ZNewPassword, confirm: z.string() }).superRefine(sameConfirmation);
export type TAcceptInvitationNew = z.infer<typeof ZAcceptInvitationNew>;

/** Accepting an invitation for an address that has an account: prove it with its password. */
export const ZAcceptInvitationExisting = z.object({ token: ZToken, password: z.string().min(1, "auth.validation.passwordRequired") });
export type TAcceptInvitationExisting = z.infer<typeof ZAcceptInvitationExisting>;

/** Accepting while signed in as the invited address. */
export const ZAcceptInvitationSignedIn = z.object({ token: ZToken });
export type TAcceptInvitationSignedIn = z.infer<typeof ZAcceptInvitationSignedIn>;

export const ZPreferredLocale = z.object({ locale: z.enum(LOCALES, "auth.validation.localeInvalid") });
export type TPreferredLocale = z.infer<typeof ZPreferredLocale>;

export const ZNoInput = z.object({}).optional();
