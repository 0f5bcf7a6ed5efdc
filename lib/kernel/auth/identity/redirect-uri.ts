import "server-only";
import { appLink } from "@/lib/kernel/app-url";

/** next-auth's provider id for a city's provider: its row id, so a callback names exactly one row. */
export const PROVIDER_PREFIX = "oidc-";

export function nextAuthProviderId(providerId: string): string {
  return `${PROVIDER_PREFIX}${providerId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The row id in `oidc-<uuid>`, or null for anything else. */
export function providerRowId(nextAuthId: string | null | undefined): string | null {
  if (!nextAuthId?.startsWith(PROVIDER_PREFIX)) return null;
  const id = nextAuthId.slice(PROVIDER_PREFIX.length);
  return UUID.test(id) ? id.toLowerCase() : null;
}

/** What the city registers at its provider as the redirect (reply) URI. */
export function redirectUri(providerId: string): string {
  return appLink(`/api/auth/callback/${nextAuthProviderId(providerId)}`);
}
