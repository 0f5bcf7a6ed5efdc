/**
 * The logo for anonymous visitors: the public pages' cached read of its path, the absolute URL for
 * Open Graph, and the lookup the public logo route makes (./logo-response.ts).
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { configuredAppUrl } from "@/lib/kernel/app-url";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { publicCity } from "@/lib/kernel/tenancy/public-city";
import { checkSlug } from "@/lib/kernel/tenancy/schema-name";
import { systemCityDb } from "@/lib/kernel/tenancy/system-city-db";
import { currentLogo, logoPath, logoView, type CityLogo, type CityLogoView } from "./current-logo";

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A logo path as an absolute URL on NEXTAUTH_URL (Open Graph wants one; never from a request's Host), or null without it. */
export function absoluteLogoUrl(path: string): string | null {
  const base = configuredAppUrl();
  return base ? base + path : null;
}

/** The logo of an active, provisioned city by slug (uncached), with the client to read it. */
export async function findActiveCityLogo(slug: string): Promise<{ db: CityDb; schemaName: string; logo: CityLogo | null } | null> {
  const city = await publicCity(slug);
  if (!city) return null;
  return { db: city.db, schemaName: city.schemaName, logo: await currentLogo(city.db) };
}

/** For the platform admin's page: the logo of a provisioned city by slug, whatever its status. */
export async function logoOfCity(slug: string): Promise<CityLogoView | null> {
  if (!checkSlug(slug).ok) return null;
  const city = await controlDb().city.findUnique({ where: { slug }, select: { schemaName: true, provisionedAt: true } });
  if (!city?.provisionedAt) return null;
  const logo = await currentLogo(systemCityDb(city, "platform-admin"));
  return logo ? logoView(slug, logo) : null;
}

/** Thrown inside the cached read so that an unknown city is never stored (unstable_cache keeps only results). */
class UnknownCity extends Error {}

/**
 * The path of the public pages' logo, from Next's data cache under the city's tag (like
 * getPublicCity): changing or removing the logo revalidates the tag, so the pages show it at once.
 * The logo is the city's current one, not the one of its latest publication: like the city's
 * name it belongs to the city, and an old hash is no longer served.
 */
export const getPublicLogoPath = cache(async (slug: string): Promise<string | null> => {
  if (!checkSlug(slug).ok) return null;
  const cached = unstable_cache(
    async () => {
      const found = await findActiveCityLogo(slug);
      if (!found) throw new UnknownCity();
      return found.logo ? logoPath(slug, found.logo.sha256) : null;
    },
    ["public-logo", slug],
    { tags: [cityCacheTag(slug)], revalidate: 3600 },
  );
  try {
    return await cached();
  } catch (err) {
    if (err instanceof UnknownCity) return null;
    throw err;
  }
});
