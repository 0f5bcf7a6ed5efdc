/**
 * Cache tags of the public city pages. Everything cached for a city's public pages carries its
 * tag, so one `revalidateTag(cityCacheTag(slug), …)` after a publish, a suspension or a
 * reactivation refreshes every public page of that city and no other city's.
 */
export function cityCacheTag(slug: string): string {
  return `city:${slug}`;
}
