import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { can, type Capability } from "@/lib/kernel/auth/permissions";
import { cityDbForSchema, type CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import type { City } from "@/lib/generated/control/client";
import type { Role } from "@/lib/generated/control/enums";
import { CitySuspendedError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/kernel/errors";
import { checkSlug } from "./schema-name";

/**
 * The one door to a city's data. It takes the session's user and the city from the URL, checks
 * membership and capability against the permissions table, and only then hands out the city's
 * client. A city that does not exist, is not provisioned, or of which the user is not a member
 * answers NotFound — never Forbidden, so ids and slugs of other cities reveal nothing.
 */
export interface CityContext {
  city: City;
  user: SessionUser;
  role: Role;
  db: CityDb;
  can: (capability: Capability) => boolean;
}

/** A provisioned city by slug (any status), or null. Cached per request. */
export const findCity = cache(async (slug: string): Promise<City | null> => {
  if (!checkSlug(slug).ok) return null;
  const city = await controlDb().city.findUnique({ where: { slug } });
  return city?.provisionedAt ? city : null;
});

export async function requireCityAccess(user: SessionUser | null, slug: string, capability: Capability): Promise<CityContext> {
  const city = await findCity(slug);
  if (!user) {
    // Unknown cities answer 404 even before sign-in; known ones ask for it.
    if (!city) throw new NotFoundError();
    throw new UnauthenticatedError();
  }
  if (!city) throw new NotFoundError();
  // Signed in through another city's identity provider: this city is out of that session's reach.
  if (user.cityScope && user.cityScope !== city.id) throw new NotFoundError();
  const membership = await controlDb().membership.findUnique({
    where: { userId_cityId: { userId: user.id, cityId: city.id } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError();
  if (city.status === "suspended") throw new CitySuspendedError();
  const role = membership.role;
  if (!can(role, capability)) throw new ForbiddenError();
  return { city, user, role, db: cityDbForSchema(city.schemaName), can: (c) => can(role, c) };
}

/** The cities a user belongs to (within the session's city scope), for the city switcher. */
export async function citiesOfUser(user: Pick<SessionUser, "id" | "cityScope">) {
  const rows = await controlDb().membership.findMany({
    where: { userId: user.id, city: { provisionedAt: { not: null } }, ...(user.cityScope ? { cityId: user.cityScope } : {}) },
    select: { role: true, city: { select: { slug: true, name: true, status: true } } },
    orderBy: { city: { name: "asc" } },
  });
  return rows.map((r) => ({ slug: r.city.slug, name: r.city.name, status: r.city.status, role: r.role }));
}
