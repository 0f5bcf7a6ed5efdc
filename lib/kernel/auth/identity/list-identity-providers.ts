import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import { redirectUri } from "./redirect-uri";

/** A provider as the settings pages show it: everything but the secret, which never leaves the server. */
export interface IdentityProviderView {
  id: string;
  displayName: string;
  issuer: string;
  clientId: string;
  enabled: boolean;
  version: number;
  redirectUri: string;
  updatedAt: Date;
}

const VIEW = { id: true, displayName: true, issuer: true, clientId: true, enabled: true, version: true, updatedAt: true } as const;

export async function listIdentityProviders(cityId: string): Promise<IdentityProviderView[]> {
  const rows = await controlDb().identityProvider.findMany({ where: { cityId }, select: VIEW, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({ ...r, redirectUri: redirectUri(r.id) }));
}

export async function findIdentityProviderView(cityId: string, id: string): Promise<IdentityProviderView | null> {
  const row = await controlDb().identityProvider.findFirst({ where: { id, cityId }, select: VIEW });
  return row ? { ...row, redirectUri: redirectUri(row.id) } : null;
}

/** The enabled providers of an active city, for its sign-in and invitation pages: ids and names only. */
export async function signInOptionsOfCity(cityId: string): Promise<{ id: string; displayName: string }[]> {
  return controlDb().identityProvider.findMany({
    where: { cityId, enabled: true, city: { status: "active", provisionedAt: { not: null } } },
    select: { id: true, displayName: true },
    orderBy: { createdAt: "asc" },
  });
}
