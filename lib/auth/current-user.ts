import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./options";
import { userForSession } from "./session-check";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  platformAdmin: boolean;
  locale: string | null;
}

/**
 * The signed-in user, or null. Sessions are JWTs (next-auth requires that for credentials), so
 * revocation is checked on every use (lib/auth/session-check.ts). Cached per request.
 */
export const getSessionUser = cache(
  async (): Promise<SessionUser | null> => userForSession(await getServerSession(authOptions)),
);
