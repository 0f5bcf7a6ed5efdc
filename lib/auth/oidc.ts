import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { controlDb } from "@/lib/db/control";
import { log } from "@/lib/log";

/**
 * A city's own identity provider (OpenID Connect), configured by environment:
 * OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME (the button label).
 * The redirect URI to register at the provider is `<NEXTAUTH_URL>/api/auth/callback/oidc`.
 * The provider only vouches for an email address; Charta lets the person in only when that
 * address is verified and belongs to an existing, enabled user — memberships come from
 * invitations, never from the provider.
 */
export const OIDC_PROVIDER_ID = "oidc";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

let warnedPartial = false;

/** The provider's settings, or null when OpenID Connect is not configured. */
export function oidcSettings(): OidcSettings | null {
  const issuer = process.env.OIDC_ISSUER?.trim();
  const clientId = process.env.OIDC_CLIENT_ID?.trim();
  const clientSecret = process.env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    // Half a configuration is a mistake, not a choice: say so, and keep the provider off.
    if (!warnedPartial) {
      warnedPartial = true;
      log("error", "OpenID Connect is partly configured and stays off: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together", {
        issuer: !!issuer,
        clientId: !!clientId,
        clientSecret: !!clientSecret,
      });
    }
    return null;
  }
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name: process.env.OIDC_NAME?.trim() || "OpenID Connect" };
}

export interface OidcClaims {
  sub?: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  preferred_username?: string;
}

export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    // Read the claims from the signed ID token (validated by openid-client), not from userinfo.
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile(claims) {
      return { id: String(claims.sub), email: claims.email ?? null, name: claims.name ?? claims.preferred_username ?? claims.email ?? null };
    },
  };
}

/** Some providers send booleans as strings ("true"); anything else is not verified. */
function isVerified(value: unknown): boolean {
  return value === true || value === "true";
}

/**
 * The Charta user a provider's claims sign in as, or null (refused): the email must be verified
 * by the provider and belong to an existing, enabled user.
 */
export async function resolveOidcUser(claims: unknown): Promise<{ id: string; email: string; name: string; sessionVersion: number } | null> {
  const c = (claims ?? {}) as OidcClaims;
  if (typeof c.email !== "string" || !c.email || !isVerified(c.email_verified)) {
    log("info", "OpenID Connect sign-in refused: email missing or not verified", { sub: c.sub });
    return null;
  }
  const user = await controlDb().user.findUnique({
    where: { email: c.email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled) {
    log("info", "OpenID Connect sign-in refused: no enabled user with this email", { sub: c.sub });
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
