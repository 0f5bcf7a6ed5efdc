"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { publicAction } from "@/lib/features/action-chain";
import { requestPasswordReset } from "@/lib/kernel/auth/password-reset";
import { ZForgotPassword } from "@/lib/kernel/auth/schema";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { log } from "@/lib/kernel/log";
import { clientAddress } from "@/lib/kernel/net/client-address";

/**
 * Always the same answer, at once: looking the address up, making a token and mailing it happen
 * after the response (next/server `after`), so neither the answer nor its timing tells whether
 * the address has an account.
 */
export const askPasswordResetAction = publicAction({ name: "account.password.requestReset", input: ZForgotPassword }, async ({ email }) => {
  const [locale, address] = [await requestLocale(), clientAddress(await headers())];
  after(() => requestPasswordReset(email, { locale, address }).catch((err) => log("error", "password reset request failed", { err })));
  return { sent: true };
});
