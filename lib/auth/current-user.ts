import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { controlDb } from "@/lib/db/control";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  platformAdmin: boolean;
  locale: string | null;
}

/**
 * The signed-in user, or null. Sessions are JWTs (next-auth requires that for credentials), so
 * revocation is checked here, on every use: a token whose session version is older than the
 * user's (sign-out everywhere, password change, role removal, disabling) is worthless.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const token = session as unknown as { uid?: string; sv?: number } | null;
  if (!token?.uid || typeof token.sv !== "number") return null;
  const user = await controlDb().user.findUnique({
    where: { id: token.uid },
    select: { id: true, email: true, name: true, platformAdmin: true, locale: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== token.sv) return null;
  return { id: user.id, email: user.email, name: user.name, platformAdmin: user.platformAdmin, locale: user.locale };
});
