import "server-only";
import type { NextAuthOptions } from "next-auth";
import { providerRowId } from "@/lib/kernel/auth/identity/redirect-uri";
import { openIntent } from "@/lib/kernel/auth/identity/sign-in-intent";
import { loadSignInProvider } from "@/lib/kernel/auth/identity/sign-in-provider";
import { authOptionsFor } from "./options";

/**
 * next-auth's options for one request to /api/auth/<action>/<provider>: the client address for the
 * sign-in limits and — for `signin/oidc-<id>` and `callback/oidc-<id>` — that one city provider,
 * loaded from the control schema with its secret opened, and on the callback the sealed intent.
 */
export async function authOptionsForRequest(req: {
  action: string | undefined;
  providerSegment: string | undefined;
  intentCookie: string | undefined;
  address: string | null;
}): Promise<NextAuthOptions> {
  const rowId = req.action === "signin" || req.action === "callback" ? providerRowId(req.providerSegment) : null;
  const provider = await loadSignInProvider(rowId);
  const intent = req.action === "callback" && provider ? openIntent(req.intentCookie) : null;
  return authOptionsFor({ address: req.address, provider, intent });
}
