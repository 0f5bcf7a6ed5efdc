import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { LOCALE_NAMES, isLocale } from "@/lib/kernel/i18n/locales";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { listReports } from "@/lib/features/reports/get-report";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../_components/page-shell";
import { CreateReportForm } from "./_components/create-report-form";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("reports.title") };
}

export default async function ReportsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "report.read", `/${city}/workspace/reports`);
  const locale = await requestLocale();
  const t = translator(locale);
  const reports = await listReports(ctx.db);
  const cityLocales = ctx.city.locales.filter(isLocale);
  return (
    <PageShell title={t("reports.title")} intro={<p>{t("reports.intro")}</p>}>
      <section aria-labelledby="reports-list" className="space-y-4">
        <h2 id="reports-list" className="text-2xl font-semibold text-slate-900">
          {t("reports.list.heading")}
        </h2>
        {reports.length === 0 ? (
          <EmptyState>{t("reports.list.empty")}</EmptyState>
        ) : (
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-2">
                  {t("reports.list.year")}
                </th>
                <th scope="col">{t("reports.list.status")}</th>
                <th scope="col">{t("reports.list.locales")}</th>
                <th scope="col">{t("reports.list.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <th scope="row" className="py-2">
                    <Link
                      href={`/${ctx.city.slug}/workspace/reports/${r.id}`}
                      className="text-blue-800 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-blue-700"
                    >
                      {t("reports.doc.title", { year: r.year })}
                    </Link>
                  </th>
                  <td>{t(`reports.status.${r.status}`)}</td>
                  <td>
                    {r.locales
                      .filter(isLocale)
                      .map((l) => LOCALE_NAMES[l])
                      .join(", ")}
                  </td>
                  <td>{formatDate(locale, r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {ctx.can("report.edit") && (
        <section aria-labelledby="reports-create" className="mt-10 space-y-4">
          <h2 id="reports-create" className="text-2xl font-semibold text-slate-900">
            {t("reports.list.createHeading")}
          </h2>
          <CreateReportForm
            citySlug={ctx.city.slug}
            cityLocales={cityLocales}
            defaultYear={new Date().getUTCFullYear() - 1}
            currentYear={new Date().getUTCFullYear()}
            messages={dictionary(locale).reports}
          />
        </section>
      )}
    </PageShell>
  );
}
