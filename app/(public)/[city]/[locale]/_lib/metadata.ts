import "server-only";
import type { Metadata } from "next";
import { absoluteLogoUrl, getPublicLogoPath } from "@/lib/features/city-settings/logo/public-logo";
import { translator } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { configuredAppUrl } from "@/lib/kernel/app-url";
import type { PublicCity } from "@/lib/kernel/tenancy/public-city";
import { publicPath } from "@/components/public/sections";
import { openDataUrl } from "@/lib/features/publication/open-data/base-url";

const OG_LOCALE: Record<Locale, string> = { nl: "nl_NL", en: "en_GB" };

/**
 * Title, description, Open Graph and the language alternates (hreflang + canonical) of one public
 * page. `path` is the part after /<city>/<locale>, the same in every language; `locales` the languages
 * the page exists in when it is not in all the city's (alternates list only those). The head also
 * links the city's Atom feed. `title` null: the
 * page's own title is the whole title (the home page). The Open Graph image is the city's logo as
 * Charta serves it, absolute on NEXTAUTH_URL (link previews fetch it from elsewhere).
 */
export async function publicMetadata(
  ctx: { kind: "ok" | "suspended"; city: PublicCity; locale: Locale },
  page: { path: string; title: string | null; description: string; locales?: readonly Locale[]; unpublished?: boolean },
): Promise<Metadata> {
  const { city, locale } = ctx;
  // The languages this page exists in: the city's, or fewer (a report written in some of them).
  const locales = page.locales ? city.locales.filter((l) => page.locales!.includes(l)) : city.locales;
  const fallback = locales.includes(city.defaultLocale) ? city.defaultLocale : (locales[0] ?? city.defaultLocale);
  const t = translator(locale);
  const title =
    page.title === null
      ? t(page.unpublished ? "publicSite.home.metaTitleUnpublished" : "publicSite.home.metaTitle", { name: city.name })
      : t("publicSite.meta.pageTitle", { page: page.title, name: city.name });
  const base = configuredAppUrl();
  const canonical = publicPath(city.slug, locale, page.path);
  const logoPath = ctx.kind === "ok" ? await getPublicLogoPath(city.slug) : null;
  const image = logoPath ? absoluteLogoUrl(logoPath) : null;
  return {
    title,
    description: page.description,
    ...(base ? { metadataBase: new URL(base) } : {}),
    alternates: {
      canonical,
      languages: {
        ...Object.fromEntries(locales.map((l) => [l, publicPath(city.slug, l, page.path)])),
        "x-default": publicPath(city.slug, fallback, page.path),
      },
      // The city's feed of published updates, for feed readers that look for it in the page's head.
      ...(ctx.kind === "ok" ? { types: { "application/atom+xml": [{ url: openDataUrl(city.slug, "feed.xml"), title: t("publicSite.data.feed") }] } } : {}),
    },
    openGraph: {
      title,
      description: page.description,
      url: canonical,
      siteName: "Charta",
      locale: OG_LOCALE[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
      type: "website",
      ...(image ? { images: [{ url: image, alt: city.name }] } : {}),
    },
    robots: ctx.kind === "suspended" ? { index: false } : undefined,
  };
}
