import "server-only";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { controlDb } from "@/lib/kernel/db/control";

export interface AccountProvider {
  id: string;
  displayName: string;
  cityName: string;
  citySlug: string;
  connected: boolean;
}

/** The enabled providers of the user's active cities (within the session's scope), and whether each is connected. */
export async function providersForAccount(user: SessionUser): Promise<AccountProvider[]> {
  if (user.platformAdmin) return [];
  const db = controlDb();
  const [providers, bindings] = await Promise.all([
    db.identityProvider.findMany({
      where: {
        enabled: true,
        city: { status: "active", provisionedAt: { not: null }, memberships: { some: { userId: user.id } } },
        ...(user.cityScope ? { cityId: user.cityScope } : {}),
      },
      select: { id: true, displayName: true, issuer: true, city: { select: { name: true, slug: true } } },
      orderBy: [{ city: { name: "asc" } }, { createdAt: "asc" }],
    }),
    db.identityBinding.findMany({ where: { userId: user.id }, select: { issuer: true } }),
  ]);
  const issuers = new Set(bindings.map((b) => b.issuer));
  return providers.map((p) => ({ id: p.id, displayName: p.displayName, cityName: p.city.name, citySlug: p.city.slug, connected: issuers.has(p.issuer) }));
}
