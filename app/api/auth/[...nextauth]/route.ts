import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsForRequest } from "@/lib/kernel/auth/request-options";
import { clearedIntentCookie, INTENT_COOKIE } from "@/lib/kernel/auth/identity/sign-in-intent";
import { clientAddress } from "@/lib/kernel/net/client-address";

/**
 * next-auth's endpoints (sign-in, callbacks, session, CSRF, sign-out), with options built for each
 * request (lib/kernel/auth/request-options.ts). Without NEXTAUTH_SECRET every request fails with a
 * message saying so.
 */
type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, ctx: Ctx) {
  const [action, providerSegment] = (await ctx.params).nextauth ?? [];
  const intentCookie = req.cookies.get(INTENT_COOKIE)?.value;
  const options = await authOptionsForRequest({ action, providerSegment, intentCookie, address: clientAddress(req.headers) });
  const response: Response = await NextAuth(req, ctx, options);
  // The intent is for one trip to the provider: spent by the callback, whatever its outcome.
  if (action === "callback" && intentCookie) response.headers.append("Set-Cookie", clearedIntentCookie());
  return response;
}

export { handler as GET, handler as POST };
