import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { NotYetPublished } from "@/components/public/not-yet-published";
import { publicPath } from "@/components/public/sections";
import { translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { languageName } from "@/lib/kernel/i18n/locales";
import { getPublishedReports } from "@/lib/features/reports/read-published-report";
import { reportLocale } from "@/lib/features/reports/report-view";
import { publicMetadata } from "../_lib/metadata";
import { loadPublicPage } from "@/lib/features/publication/site/load-public-page";
import { SuspendedNotice } from "../suspended-notice";
import { PublicNotFoundView } from "../not-found-view";

export const revalidate = 3600;

type Props = { params: Promise<{ city: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") return {};
  const t = translator(page.locale);
  return publicMetadata(page, {
    path: "/reports",
    title: t("publicSite.notYet.reports.title"),
    description: t("publicSite.notYet.reports.metaDescription", { name: page.city.name }),
  });
}

/** The city's published annual reports, newest first; only frozen publications are read. */
async function PublicReports({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { city, locale } = page;
  const t = translator(locale);
  const reports = await getPublishedReports(city.slug);
  if (reports.length === 0) return <NotYetPublished section="reports" name={city.name} slug={city.slug} locale={locale} t={t} />;
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-bold text-slate-900">{t("publicSite.notYet.reports.title")}</h1>
      <p className="max-w-prose text-lg text-slate-800">{t("reports.public.listIntro", { name: city.name })}</p>
      <ul className="space-y-2">
        {reports.map((r) => {
          // A report exists only in the languages it was written in: in another language the list
          // links to the version that exists and says which language it is in.
          const target = reportLocale(r.locales, locale, city.locales);
          if (!target) return null;
          return (
            <li key={r.year}>
              <a
                href={publicPath(city.slug, target, `/reports/${r.year}`)}
                hrefLang={target === locale ? undefined : target}
                className="text-lg underline-offset-4 hover:text-blue-950"
              >
                {target === locale
                  ? t("reports.public.read", { year: r.year })
                  : t("reports.public.readIn", { year: r.year, language: languageName(target, locale) })}
              </a>{" "}
              {r.publishedAt && (
                <span className="text-slate-700">({t("reports.public.publishedOn", { date: formatDate(locale, r.publishedAt, "long") })})</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export default withNotFound(PublicReports, PublicNotFoundView);
