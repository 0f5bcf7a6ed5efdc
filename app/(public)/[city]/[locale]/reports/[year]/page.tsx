import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { publicPath } from "@/components/public/sections";
import { ReportArticle } from "@/components/reports/report-article";
import { translator } from "@/lib/features/dictionary";
import { LOCALE_NAMES } from "@/lib/kernel/i18n/locales";
import { getPublishedReport } from "@/lib/features/reports/read-published-report";
import { reportHtml, reportTitle } from "@/lib/features/reports/report-html";
import { reportLocales } from "@/lib/features/reports/report-view";
import { publicMetadata } from "../../_lib/metadata";
import { loadPublicPage } from "@/lib/features/publication/site/load-public-page";
import { SuspendedNotice } from "../../suspended-notice";
import { PublicNotFoundView } from "../../not-found-view";

export const revalidate = 3600;

type Props = { params: Promise<{ city: string; locale: string; year: string }> };

async function load(params: Props["params"]) {
  const p = await params;
  const page = await loadPublicPage(Promise.resolve({ city: p.city, locale: p.locale }));
  if (page.kind !== "ok" || !/^\d{4}$/.test(p.year)) return { page, report: null };
  return { page, report: await getPublishedReport(page.city.slug, Number(p.year)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, report } = await load(params);
  if (page.kind === "not_found" || !report || !report.locales.includes(page.locale)) return {};
  const t = translator(page.locale);
  return publicMetadata(page, {
    path: `/reports/${report.year}`,
    title: t("reports.doc.title", { year: report.year }),
    description: reportTitle(t, page.city.name, report.year),
    locales: reportLocales(report.locales, page.city.locales),
  });
}

/**
 * The permanent page of a published report: the frozen publication rendered with the same
 * template as the PDF (static HTML and SVG, no script), plus its PDF and Word downloads.
 */
async function PublicReport({ params }: Props) {
  const { page, report } = await load(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  if (!report || !report.locales.includes(page.locale)) notFound();
  const { city, locale } = page;
  const t = translator(locale);
  const others = reportLocales(report.locales, city.locales).filter((l) => l !== locale);
  const link = "underline-offset-4 hover:text-blue-950";
  return (
    <div className="space-y-6">
      <ReportArticle html={reportHtml(report, { locale, cityName: city.name, withToc: true })} />
      <section aria-labelledby="report-downloads" className="space-y-2 border-t border-slate-300 pt-4">
        <h2 id="report-downloads" className="text-2xl font-semibold text-slate-900">
          {t("reports.public.downloads")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a className={link} href={`${publicPath(city.slug, locale, `/reports/${report.year}`)}/pdf`}>
              {t("reports.public.pdf")}
            </a>
          </li>
          <li>
            <a className={link} href={`${publicPath(city.slug, locale, `/reports/${report.year}`)}/docx`}>
              {t("reports.public.docx")}
            </a>
          </li>
        </ul>
        {others.length > 0 && (
          <p>
            {t("reports.public.otherLanguage")}{" "}
            {others.map((l, i) => (
              <span key={l}>
                {i > 0 && ", "}
                <a className={link} href={publicPath(city.slug, l, `/reports/${report.year}`)} lang={l} hrefLang={l}>
                  {LOCALE_NAMES[l]}
                </a>
              </span>
            ))}
          </p>
        )}
      </section>
    </div>
  );
}

export default withNotFound(PublicReport, PublicNotFoundView);
