"use server";

import { publicAction } from "@/lib/actions/safe-action";
import { resetPassword } from "@/lib/auth/password-reset";
import { ZResetPassword } from "@/lib/auth/schema";

/** The token is the key: single use, ends every session of the account. */
export const setPasswordWithToken = publicAction({ name: "resetPassword", input: ZResetPassword }, async ({ token, password }) => {
  await resetPassword(token, password);
  return { done: true };
});
