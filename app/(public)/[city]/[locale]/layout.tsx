import "../../../globals.css";
import Link from "next/link";
import type { ReactNode } from "react";
import { translator } from "@/lib/i18n/dictionary";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";
import { publicPageContext } from "./public-context";
import { SuspendedNotice } from "./suspended-notice";

/**
 * Root layout of a city's public pages. The language comes from the URL, never from cookies or
 * headers, so every page under it is rendered once and served from the cache (ISR): rendered on
 * the first visit (no paths at build time), refreshed hourly, and at once when the city's cache
 * tag is revalidated (publish, suspend, reactivate). Pages decide 404s themselves (a layout's
 * notFound() has no boundary to land in); the layout only frames them.
 */
export const revalidate = 3600;

export async function generateStaticParams(): Promise<{ city: string; locale: string }[]> {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ city: string; locale: string }> };

export default async function PublicCityLayout({ children, params }: Props) {
  const { locale: rawLocale } = await params;
  const ctx = await publicPageContext(params);
  const locale = ctx.kind === "not_found" ? (isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE) : ctx.locale;
  const t = translator(locale);

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-blue-900 focus:outline-2 focus:outline-blue-700"
        >
          {t("common.skipToContent")}
        </a>
        <header className="border-b border-slate-300 bg-slate-50">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
            {ctx.kind === "not_found" ? (
              <Link href="/" className="text-lg font-semibold text-slate-900 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700">
                {t("common.appName")}
              </Link>
            ) : (
              <a
                href={`/${ctx.city.slug}/${locale}`}
                className="group focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                aria-label={t("publicSite.header.home", { name: ctx.city.name })}
              >
                <span className="block text-xl font-bold group-hover:underline">{ctx.city.name}</span>
                <span className="block text-sm text-slate-700">{t("publicSite.header.humanRightsCity")}</span>
              </a>
            )}
            {ctx.kind === "ok" && (
              <LanguageSwitch slug={ctx.city.slug} locale={locale} locales={ctx.city.locales} label={t("publicSite.header.languages")} />
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 focus:outline-none">
          {ctx.kind === "suspended" ? <SuspendedNotice locale={locale} /> : children}
        </main>
        <footer className="border-t border-slate-300 bg-slate-50" aria-label={t("publicSite.footer.label")}>
          <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-slate-700">
            <p>
              <Link href="/" className="font-medium text-slate-900 underline focus-visible:outline-2 focus-visible:outline-blue-700">
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
