"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { userAction } from "@/lib/features/action-chain";
import { changePassword } from "@/lib/kernel/auth/change-password";
import { ZChangePassword } from "@/lib/kernel/auth/schema";
import { linkIntent } from "@/lib/kernel/auth/identity/prepare-intent";
import { INTENT_COOKIE, intentCookieOptions } from "@/lib/kernel/auth/identity/sign-in-intent";
import { clientAddress } from "@/lib/kernel/net/client-address";

/** Changes the password; every session ends, so the page signs out and asks to sign in again. */
export const changeOwnPasswordAction = userAction({ name: "account.password.change", input: ZChangePassword }, async (user, input) => {
  await changePassword(user.id, { currentPassword: input.currentPassword, password: input.password }, { ip: clientAddress(await headers()) });
  return { changed: true };
});

/**
 * Before "Connect <city provider>": the sealed intent cookie that lets the provider's answer bind
 * its (issuer, subject) to this account (lib/kernel/auth/identity/resolve-oidc-sign-in.ts).
 */
export const prepareProviderLinkAction = userAction(
  { name: "account.provider.prepareLink", input: z.object({ providerId: z.uuid({ error: "errors.notFound" }) }) },
  async (user, input) => {
    (await cookies()).set(INTENT_COOKIE, await linkIntent(user, input.providerId), intentCookieOptions());
    return { ready: true };
  },
);
