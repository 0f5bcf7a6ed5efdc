import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { controlDb } from "@/lib/kernel/db/control";
import { isLocale, type Locale } from "@/lib/kernel/i18n/locales";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { checkSlug } from "@/lib/kernel/tenancy/schema-name";
import { systemCityDb } from "@/lib/kernel/tenancy/system-city-db";
import { cityCacheTag } from "../cache/cache-tags";
import type { CityStatus } from "@/lib/generated/control/enums";

/** What the public pages may know about a city: nothing from its workspace. */
export interface PublicCity {
  slug: string;
  name: string;
  country: string;
  defaultLocale: Locale;
  locales: Locale[];
  status: CityStatus;
}

/** An active city as the public readers see it: its slug, its schema (a cache key) and the client to read what it published. */
export interface ActivePublicCity {
  slug: string;
  schemaName: string;
  db: CityDb;
}

/**
 * The one place that resolves an active, provisioned city for a public reader (the publication
 * snapshot, published reports, public downloads, the logo): unknown, unprovisioned or suspended
 * cities answer null, so nothing of them is read. Uncached across requests — each reader keeps its
 * own result in Next's data cache under the city's tag — and memoised per request.
 */
export const publicCity = cache(async (slug: string): Promise<ActivePublicCity | null> => {
  if (!checkSlug(slug).ok) return null;
  const city = await controlDb().city.findUnique({ where: { slug }, select: { slug: true, schemaName: true, status: true, provisionedAt: true } });
  if (!city?.provisionedAt || city.status !== "active") return null;
  return { slug: city.slug, schemaName: city.schemaName, db: systemCityDb(city, "publication") };
});

/** Uncached read: a provisioned city by slug, or null. */
export async function loadPublicCity(slug: string): Promise<PublicCity | null> {
  if (!checkSlug(slug).ok) return null;
  const city = await controlDb().city.findUnique({
    where: { slug },
    select: { slug: true, name: true, country: true, defaultLocale: true, locales: true, status: true, provisionedAt: true },
  });
  if (!city?.provisionedAt) return null;
  const locales = city.locales.filter(isLocale);
  const defaultLocale = isLocale(city.defaultLocale) ? city.defaultLocale : (locales[0] ?? "en");
  return {
    slug: city.slug,
    name: city.name,
    country: city.country,
    defaultLocale,
    locales: locales.includes(defaultLocale) ? locales : [defaultLocale, ...locales],
    status: city.status,
  };
}

/** Thrown inside the cached read so that a miss is never stored (unstable_cache keeps only results). */
class UnknownCity extends Error {}

/**
 * The city for the public pages, from Next's data cache. The entry carries the city's tag, so
 * suspending, reactivating or publishing (revalidateTag(cityCacheTag(slug))) refreshes it, and the
 * pages that read it, at once; otherwise it expires after an hour like the pages themselves.
 * Only cities that exist are cached: slugs that cannot exist never reach the cache, and a slug
 * that could exist but does not is looked up again on every request, so random URLs cannot fill
 * it (lib/kernel/cache/page-cache-handler.mjs keeps their 404 pages out as well).
 * (Next 16 without `cacheComponents`: the "use cache" directive is unavailable, unstable_cache is
 * the documented way to cache a non-fetch read with tags.)
 */
export const getPublicCity = cache(async (slug: string): Promise<PublicCity | null> => {
  if (!checkSlug(slug).ok) return null;
  const cached = unstable_cache(
    async () => {
      const city = await loadPublicCity(slug);
      if (!city) throw new UnknownCity();
      return city;
    },
    ["public-city", slug],
    { tags: [cityCacheTag(slug)], revalidate: 3600 },
  );
  try {
    return await cached();
  } catch (err) {
    if (err instanceof UnknownCity) return null;
    throw err;
  }
});
