import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { UploadForm } from "@/components/spreadsheet/upload-form";
import { buttonClasses } from "@/components/ui/button";
import { translator } from "@/lib/features/dictionary";
import { formatNumber } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { COLUMNS, EDITABLE_COLUMNS } from "@/lib/features/commitments/spreadsheet/columns";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { uploadSpreadsheetAction } from "./actions";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<{ applied?: string; discarded?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("spreadsheet.page.title") };
}

/** Download every commitment as XLSX or CSV; upload an edited file to preview and apply its changes. */
export default async function SpreadsheetPage({ params, searchParams }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "framework.read", `/${city}/workspace/framework/spreadsheet`);
  const { applied, discarded } = await searchParams;
  const locale = await requestLocale();
  const t = translator(locale);
  const exportUrl = (format: "csv" | "xlsx") => `/api/cities/${ctx.city.slug}/commitments/export?format=${format}&locale=${locale}`;
  const appliedCount = applied && /^\d{1,5}$/.test(applied) ? Number(applied) : null;
  const editable = new Set<string>(EDITABLE_COLUMNS);

  return (
    <PageShell title={t("spreadsheet.page.title")} intro={<p>{t("spreadsheet.page.intro")}</p>}>
      <nav aria-label={t("framework.element.breadcrumb")} className="-mt-4 mb-6 text-sm">
        <Link href={`/${ctx.city.slug}/workspace/framework`}>← {t("spreadsheet.page.back")}</Link>
      </nav>
      {appliedCount !== null ? (
        <div className="mb-6">
          <Alert tone="success">{t("spreadsheet.apply.applied", { count: formatNumber(locale, appliedCount) })}</Alert>
        </div>
      ) : null}
      {discarded ? (
        <div className="mb-6">
          <Alert tone="success">{t("spreadsheet.apply.discarded")}</Alert>
        </div>
      ) : null}

      <section aria-labelledby="download-heading">
        <h2 id="download-heading" className="text-2xl font-semibold">
          {t("spreadsheet.export.heading")}
        </h2>
        <p className="mt-1 text-slate-800">{t("spreadsheet.export.text", { city: ctx.city.name })}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <a href={exportUrl("xlsx")} download className={buttonClasses("primary")}>
            {t("spreadsheet.export.xlsx")}
          </a>
          <a href={exportUrl("csv")} download className={buttonClasses("secondary")}>
            {t("spreadsheet.export.csv")}
          </a>
        </p>
        <p className="mt-3 max-w-3xl text-sm text-slate-700">{t("spreadsheet.export.csvHint")}</p>
      </section>

      <section aria-labelledby="upload-heading" className="mt-10">
        <h2 id="upload-heading" className="text-2xl font-semibold">
          {t("spreadsheet.import.heading")}
        </h2>
        {ctx.can("commitment.edit") ? (
          <>
            <p className="mt-1 mb-4 text-slate-800">{t("spreadsheet.import.text")}</p>
            <UploadForm
              citySlug={ctx.city.slug}
              upload={uploadSpreadsheetAction}
              previewBase={`/${ctx.city.slug}/workspace/framework/spreadsheet/import`}
              labels={{
                file: t("spreadsheet.import.file"),
                hint: t("spreadsheet.import.fileHint"),
                submit: t("spreadsheet.import.submit"),
                submitting: t("spreadsheet.import.submitting"),
                noFile: t("spreadsheet.import.noFile"),
              }}
            />
          </>
        ) : (
          <p className="mt-2 rounded-md bg-slate-100 p-3 text-slate-800">{t("spreadsheet.page.readOnly")}</p>
        )}
      </section>

      <section aria-labelledby="columns-heading" className="mt-10">
        <h2 id="columns-heading" className="text-2xl font-semibold">
          {t("spreadsheet.columns.heading")}
        </h2>
        <p className="mt-1 text-slate-800">{t("spreadsheet.columns.intro")}</p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("spreadsheet.columns.tableCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">
                  {t("spreadsheet.columns.column")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("spreadsheet.columns.meaning")}
                </th>
                <th scope="col" className="py-2">
                  {t("spreadsheet.columns.editable")}
                </th>
              </tr>
            </thead>
            <tbody>
              {COLUMNS.map((c) => (
                <tr key={c} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-mono text-sm font-semibold">
                    {c}
                  </th>
                  <td className="py-2 pr-4">{t(`spreadsheet.columns.${c}`)}</td>
                  <td className="py-2">{editable.has(c) ? t("common.yes") : t("common.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </PageShell>
  );
}
