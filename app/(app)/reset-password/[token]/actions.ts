"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/features/action-chain";
import { resetPassword } from "@/lib/kernel/auth/password-reset";
import { ZResetPassword } from "@/lib/kernel/auth/schema";
import { clientAddress } from "@/lib/kernel/net/client-address";

/** The token is the key: single use, ends every session of the account; the address becomes known to it. */
export const setPasswordWithTokenAction = publicAction({ name: "account.password.reset", input: ZResetPassword }, async ({ token, password }) => {
  await resetPassword(token, password, { address: clientAddress(await headers()) });
  return { done: true };
});
