import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { controlDb } from "@/lib/kernel/db/control";
import { log } from "@/lib/kernel/log";
import { discoveryUrl } from "./discover";
import { openClientSecret } from "./provider-secret";
import { nextAuthProviderId } from "./redirect-uri";

/** A city's provider as the sign-in needs it, secret opened. Only for the request that uses it. */
export interface SignInProvider {
  id: string;
  cityId: string;
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** The enabled provider with this row id of an active, provisioned city, or null. */
export async function loadSignInProvider(id: string | null): Promise<SignInProvider | null> {
  if (!id) return null;
  const row = await controlDb().identityProvider.findFirst({
    where: { id, enabled: true, city: { status: "active", provisionedAt: { not: null } } },
    select: { id: true, cityId: true, displayName: true, issuer: true, clientId: true, clientSecretEncrypted: true },
  });
  if (!row) return null;
  try {
    return { ...row, clientSecret: openClientSecret(row.id, row.clientSecretEncrypted) };
  } catch (err) {
    // A key change without CHARTA_ENCRYPTION_KEY_PREVIOUS: say so in the log, offer no provider.
    log("error", "identity provider secret cannot be opened", { providerId: row.id, err: String(err) });
    return null;
  }
}

export interface OidcClaims {
  sub?: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  preferred_username?: string;
}

/**
 * next-auth's configuration for one provider: discovery from the issuer, the authorization code
 * flow with PKCE, state and nonce, and the claims read from the signed ID token (validated by
 * openid-client against the issuer's keys), not from the userinfo endpoint.
 */
export function nextAuthProvider(p: SignInProvider): OAuthConfig<OidcClaims> {
  return {
    id: nextAuthProviderId(p.id),
    name: p.displayName,
    type: "oauth",
    wellKnown: discoveryUrl(p.issuer),
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    httpOptions: { timeout: 10_000 },
    profile(claims) {
      return { id: String(claims.sub), email: claims.email ?? null, name: claims.name ?? claims.preferred_username ?? null };
    },
  };
}
