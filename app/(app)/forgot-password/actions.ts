"use server";

import { publicAction } from "@/lib/actions/safe-action";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { ZForgotPassword } from "@/lib/auth/schema";
import { requestLocale } from "@/lib/i18n/request-locale";

/** Always the same answer, whether or not the address has an account. */
export const askPasswordReset = publicAction({ name: "requestPasswordReset", input: ZForgotPassword }, async ({ email }) => {
  await requestPasswordReset(email, { locale: await requestLocale() });
  return { sent: true };
});
