import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { authSecret } from "./secret";
import { userForSession } from "./session-check";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  platformAdmin: boolean;
  locale: string | null;
  /** Set when signed in through a city's identity provider: only that city's workspace opens. */
  cityScope?: string | null;
}

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
