/**
 * The one context every write in lib/features takes: the city's client, the city (what writers
 * need of its row: links, names, locales) and who acts. A Server Action builds it from what the
 * door returned (`cityScope(ctx)`); code with no signed-in member — the demo seed, the platform
 * admin, a job — builds it through the named back door (`systemCityScope`), saying why.
 * (No "server-only" import: the demo seed calls it under plain Node.)
 */
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { Role } from "@/lib/generated/control/enums";
import type { CityContext } from "./city-access";
import { systemCityDb, type SystemCityReason } from "./system-city-db";

export interface ScopeCity {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
  /** The languages the city publishes in. */
  locales: readonly string[];
}

/**
 * Who acts. `id` is what audit rows and `updatedBy` record; `name` and `role` are the member's
 * (comments notify by name and check the role). `role` is null for someone who is not a member
 * (the platform admin); `id` is null only where a writer allows nobody (`CityScope<string | null>`:
 * a job that publishes documents, a test that seeds).
 */
export interface ScopeActor<Id extends string | null = string> {
  id: Id;
  name: string;
  role: Role | null;
}

export interface CityScope<Id extends string | null = string> {
  db: CityDb;
  city: ScopeCity;
  actor: ScopeActor<Id>;
}

const scopeCity = (city: ScopeCity): ScopeCity => ({
  id: city.id,
  slug: city.slug,
  name: city.name,
  defaultLocale: city.defaultLocale,
  locales: city.locales,
});

/** The scope of a signed-in member, from what the door (requireCityAccess / the action chain) returned. */
export function cityScope(ctx: Pick<CityContext, "db" | "city" | "user" | "role">): CityScope {
  return { db: ctx.db, city: scopeCity(ctx.city), actor: { id: ctx.user.id, name: ctx.user.name, role: ctx.role } };
}

/**
 * A scope through the named back door (./system-city-db.ts) for code with no member's session.
 * `actor` is who the audit rows name (null: nobody, for writers that allow it).
 */
/** A city row as the back door needs it (the control database's City has these columns). */
export type SystemScopeCity = ScopeCity & { schemaName: string };

export function systemCityScope<Id extends string | null>(
  city: SystemScopeCity,
  reason: SystemCityReason,
  actor: { id: Id; name?: string; role?: Role | null },
): CityScope<Id> {
  return { db: systemCityDb(city, reason), city: scopeCity(city), actor: { id: actor.id, name: actor.name ?? "", role: actor.role ?? null } };
}
