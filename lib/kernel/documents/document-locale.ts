import { isLocale, type Locale } from "@/lib/kernel/i18n/locales";

/**
 * The language of a downloaded document: the one the link names (the page's language, as
 * `?locale=`), else the city's default language — never the browser's Accept-Language or the
 * server's default, so a Dutch city's documents come out in Dutch wherever they are opened.
 * `available`: the languages the document exists in (a report's languages); the first of them
 * when neither fits.
 */
export function documentLocale(url: URL, city: { defaultLocale: string }, available?: readonly string[]): Locale {
  const fits = (l: unknown): l is Locale => isLocale(l) && (!available || available.includes(l));
  const asked = url.searchParams.get("locale");
  if (fits(asked)) return asked;
  if (fits(city.defaultLocale)) return city.defaultLocale;
  const first = available?.find(isLocale);
  return first ?? (isLocale(city.defaultLocale) ? city.defaultLocale : "en");
}
