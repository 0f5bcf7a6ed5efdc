import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { authSecret } from "./secret";
import { userForSession, type SessionUser } from "./session-check";

export type { SessionUser } from "./session-check";

/**
 * The signed-in user, or null. Sessions are JWTs (next-auth requires that for credentials): the
 * cookie is decoded here and revocation checked on every use (lib/kernel/auth/session-check.ts), one
 * query per request. Cached per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const c = await cookies();
  // Cookies only: getToken would also take a bearer token from the Authorization header.
  const token = await getToken({ req: { headers: {}, cookies: Object.fromEntries(c.getAll().map((x) => [x.name, x.value])) } as never, secret: authSecret() });
  return userForSession(token);
});
