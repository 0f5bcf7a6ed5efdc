import "server-only";
import { controlDb } from "@/lib/kernel/db/control";

/** What Charta puts into the session JWT (lib/kernel/auth/options.ts) besides next-auth's own fields. */
export interface SessionClaims {
  uid?: unknown;
  sv?: unknown;
  cs?: unknown;
}

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
 * Is this session still good, and whose is it? A token whose session version is older than the
 * user's (sign-out everywhere, password change, role removal) or whose user is disabled or gone
 * is worthless. Checked on every use, because a JWT cannot be recalled. A session from a city's
 * identity provider (`cs`) is limited to that city and is never a platform admin's.
 */
export async function userForSession(claims: SessionClaims | null | undefined): Promise<SessionUser | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number") return null;
  if (!UUID.test(claims.uid)) return null;
  if (claims.cs !== undefined && (typeof claims.cs !== "string" || !UUID.test(claims.cs))) return null;
  const user = await controlDb().user.findUnique({
    where: { id: claims.uid },
    select: { id: true, email: true, name: true, platformAdmin: true, locale: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== claims.sv) return null;
  const cityScope = typeof claims.cs === "string" ? claims.cs : null;
  if (cityScope && user.platformAdmin) return null;
  return { id: user.id, email: user.email, name: user.name, platformAdmin: user.platformAdmin, locale: user.locale, cityScope };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
