import "server-only";
import { isLocale, type Locale } from "@/lib/kernel/i18n/locales";
import { getPublicCity, type PublicCity } from "@/lib/kernel/tenancy/public-city";

export type PublicPageContext =
  { kind: "ok"; city: PublicCity; locale: Locale } | { kind: "suspended"; city: PublicCity; locale: Locale } | { kind: "not_found" };

/**
 * Every public page of a city starts here: an unknown city, or a language the city does not
 * publish in, is a 404; a suspended city shows the suspension notice and nothing else, so a page
 * must not load any city data before this says "ok". Reads only the URL — no cookies or headers —
 * so the pages stay static.
 */
export async function publicPageContext(params: Promise<{ city: string; locale: string }>): Promise<PublicPageContext> {
  const { city: slug, locale } = await params;
  if (!isLocale(locale)) return { kind: "not_found" };
  const city = await getPublicCity(slug);
  if (!city || !city.locales.includes(locale)) return { kind: "not_found" };
  return { kind: city.status === "suspended" ? "suspended" : "ok", city, locale };
}
