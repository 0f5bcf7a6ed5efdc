import { controlDb } from "@/lib/kernel/db/control";
import { cityDbForSchema, type CityDb } from "@/lib/kernel/db/city-clients";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";

/**
 * The CityScope a Server Action would build (`cityScope(ctx)`), for tests that call a feature's
 * writers directly: the city's row from the control database, its client (or `db`), and the acting
 * user with their name and role in this city (null when not a member). `actorId` null acts as
 * nobody, for the writers that allow it (a job's).
 */
export async function testScope<Id extends string | null>(city: { cityId: string } | { id: string }, actorId: Id, db?: CityDb): Promise<CityScope<Id>> {
  const cityId = "cityId" in city ? city.cityId : city.id;
  const row = await controlDb().city.findUniqueOrThrow({ where: { id: cityId } });
  const user = actorId ? await controlDb().user.findUnique({ where: { id: actorId }, select: { name: true } }) : null;
  const membership = actorId
    ? await controlDb().membership.findUnique({ where: { userId_cityId: { userId: actorId, cityId } }, select: { role: true } })
    : null;
  return {
    db: db ?? cityDbForSchema(row.schemaName),
    city: { id: row.id, slug: row.slug, name: row.name, defaultLocale: row.defaultLocale, locales: row.locales },
    actor: { id: actorId, name: user?.name ?? "", role: membership?.role ?? null },
  };
}
