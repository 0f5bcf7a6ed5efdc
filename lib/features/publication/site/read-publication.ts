/**
 * What the public pages read: the latest publication's snapshot of a city — never its live
 * tables (see ./publish-city.ts). Returns null when the city is unknown, not provisioned, not
 * active (a suspended city's pages show the suspension notice from the layout instead) or has
 * never published.
 *
 * `getPublication` is cached in Next's data cache under a key and a tag that carry the city
 * (["publication", slug], tag cityCacheTag(slug)), without time-based expiry: only publishing,
 * suspending or reactivating — each followed by revalidateTag(cityCacheTag(slug)) — refreshes it.
 * `loadPublication` is the uncached read (tests, open-data checks).
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { publicCity } from "@/lib/kernel/tenancy/public-city";
import { checkSlug } from "@/lib/kernel/tenancy/schema-name";
import { SNAPSHOT_FORMAT, type PublicSnapshot } from "./types";

/** Uncached: the latest snapshot of an active, provisioned city, or null. */
export async function loadPublication(slug: string): Promise<PublicSnapshot | null> {
  const city = await publicCity(slug);
  if (!city) return null;
  const latest = await city.db.publication.findFirst({
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { snapshot: true },
  });
  const snapshot = latest?.snapshot as PublicSnapshot | null | undefined;
  if (!snapshot || snapshot.format !== SNAPSHOT_FORMAT) return null;
  return snapshot;
}

/** Cached (Next data cache, tagged with the city; React cache per request). */
export const getPublication = cache(async (slug: string): Promise<PublicSnapshot | null> => {
  if (!checkSlug(slug).ok) return null;
  return unstable_cache(() => loadPublication(slug), ["publication", slug], {
    tags: [cityCacheTag(slug)],
    revalidate: false,
  })();
});
