import "../../../globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { brandAccent } from "@/components/public/brand";
import { PublicNav } from "@/components/public/public-nav";
import { PUBLIC_SECTIONS, publicPath } from "@/components/public/sections";
import { getPublicLogoPath } from "@/lib/features/city-settings/logo/public-logo";
import { translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/kernel/i18n/locales";
import { SITE_ICONS } from "@/lib/features/cities/site-icon";
import { getPublication } from "@/lib/features/publication/site/read-publication";
import { getPublishedReports } from "@/lib/features/reports/read-published-report";
import { reportLocales } from "@/lib/features/reports/report-view";
import { LanguageSwitch } from "./language-switch";
import { publicPageContext } from "@/lib/features/publication/site/public-page-context";
import { SuspendedNotice } from "./suspended-notice";

/**
 * Root layout of a city's public pages. The language comes from the URL, never from cookies or
 * headers, so every page under it is rendered once and served from the cache (ISR): rendered on
 * the first visit (no paths at build time), refreshed hourly, and at once when the city's cache
 * tag is revalidated (publish, suspend, reactivate). Pages decide 404s themselves and render
 * them inside this layout (components/not-found/with-not-found.tsx); for an unknown city or
 * language the layout frames them without naming any city.
 */
export const revalidate = 3600;

export const metadata: Metadata = { icons: SITE_ICONS };

export async function generateStaticParams(): Promise<{ city: string; locale: string }[]> {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ city: string; locale: string }> };

export default async function PublicCityLayout({ children, params }: Props) {
  const { locale: rawLocale } = await params;
  const ctx = await publicPageContext(params);
  const locale = ctx.kind === "not_found" ? (isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE) : ctx.locale;
  const t = translator(locale);
  // The brand colour comes from the latest publication, like everything else on these pages.
  const snapshot = ctx.kind === "ok" ? await getPublication(ctx.city.slug) : null;
  const accent = brandAccent(snapshot?.city.brandColor);
  // The logo is the city's current one, served by Charta itself (lib/features/city-settings/logo): no other host.
  const logo = ctx.kind === "ok" ? await getPublicLogoPath(ctx.city.slug) : null;
  // Pages that exist in fewer languages than the city's (a report written in some of them): the
  // language switch leads from them to the reports list in a language they lack, never to a 404.
  const partial =
    ctx.kind === "ok"
      ? Object.fromEntries((await getPublishedReports(ctx.city.slug)).map((r) => [`reports/${r.year}`, reportLocales(r.locales, ctx.city.locales)]))
      : {};
  const nav = ctx.kind === "ok" ? PUBLIC_SECTIONS.map((s) => ({ href: publicPath(ctx.city.slug, locale, s.path), label: t(`publicSite.nav.${s.key}`) })) : [];

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col break-words bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-blue-900 focus:outline-2 focus:outline-blue-700"
        >
          {t("common.skipToContent")}
        </a>
        <header className="border-t-8 border-b border-b-slate-300 bg-slate-50" style={{ borderTopColor: accent }}>
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
            {ctx.kind === "not_found" ? (
              <Link href="/" className="text-lg font-semibold text-slate-900 underline-offset-4 hover:underline">
                {t("common.appName")}
              </Link>
            ) : (
              // Named by its visible text (WCAG 2.5.3: a speech user says what they see).
              <a href={`/${ctx.city.slug}/${locale}`} className="group flex items-center gap-3">
                {/* The logo repeats the name next to it: decorative (empty alt). Plain <img>: next/image would copy it into a cache on disk. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                {logo && <img src={logo} alt="" className="h-10 w-auto max-w-24 object-contain" />}
                <span>
                  <span className="block text-xl font-bold group-hover:underline">{ctx.city.name}</span>
                  {/* Only a city that has published calls itself a human rights city here (issue 13.10). */}
                  {snapshot ? <span className="block text-sm text-slate-700">{t("publicSite.header.humanRightsCity")}</span> : null}
                </span>
              </a>
            )}
            {ctx.kind === "ok" && (
              <LanguageSwitch slug={ctx.city.slug} locale={locale} locales={ctx.city.locales} partial={partial} label={t("publicSite.header.languages")} />
            )}
          </div>
          {nav.length > 0 && <PublicNav label={t("publicSite.nav.label")} items={nav} accent={accent} />}
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 focus:outline-none">
          {ctx.kind === "suspended" ? <SuspendedNotice locale={locale} /> : children}
        </main>
        <footer className="border-t border-slate-300 bg-slate-50" aria-label={t("publicSite.footer.label")}>
          <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-slate-700">
            {/* Every page says the date of its figures, so a report published since (with its own date) does not contradict them unexplained (issue 13.7). */}
            {snapshot ? <p>{t("publicSite.footer.dataDate", { date: formatDate(locale, snapshot.publishedAt, "long") })}</p> : null}
            {ctx.kind === "ok" && (
              <p>
                <a href={publicPath(ctx.city.slug, locale, "/accessibility")} className="font-medium text-slate-900 underline">
                  {t("publicSite.footer.accessibility")}
                </a>
              </p>
            )}
            {ctx.kind === "ok" && (
              <p>
                {/* The city's own sign-in page: its identity providers first (app/(app)/login/page.tsx). */}
                <a href={`/login?city=${ctx.city.slug}`} className="font-medium text-slate-900 underline">
                  {t("publicSite.footer.signIn")}
                </a>
              </p>
            )}
            <p>
              <Link href="/" className="font-medium text-slate-900 underline">
                {t("publicSite.footer.poweredBy")}
              </Link>
            </p>
            <p className="max-w-prose">{t("common.fraCredit")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
