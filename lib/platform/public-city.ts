import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { controlDb } from "@/lib/db/control";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { checkSlug } from "@/lib/tenancy/schema-name";
import { cityCacheTag } from "./cache-tags";
import type { CityStatusValue } from "./schema";

/** What the public pages may know about a city: nothing from its workspace. */
export interface PublicCity {
  slug: string;
  name: string;
  country: string;
  defaultLocale: Locale;
  locales: Locale[];
  status: CityStatusValue;
}

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

/**
 * The city for the public pages, from Next's data cache. The entry carries the city's tag, so
 * suspending, reactivating or publishing (revalidateTag(cityCacheTag(slug))) refreshes it, and the
 * pages that read it, at once; otherwise it expires after an hour like the pages themselves.
 * Slugs that cannot exist never reach the cache, so random URLs cannot fill it.
 * (Next 16 without `cacheComponents`: the "use cache" directive is unavailable, unstable_cache is
 * the documented way to cache a non-fetch read with tags.)
 */
export const getPublicCity = cache(async (slug: string): Promise<PublicCity | null> => {
  if (!checkSlug(slug).ok) return null;
  return unstable_cache(() => loadPublicCity(slug), ["public-city", slug], {
    tags: [cityCacheTag(slug)],
    revalidate: 3600,
  })();
});
