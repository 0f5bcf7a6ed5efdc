import type { Metadata } from "next";
import Link from "next/link";
import { withNotFound } from "@/components/not-found/with-not-found";
import { UploadForm } from "@/components/spreadsheet/upload-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { translator, type Translator } from "@/lib/features/dictionary";
import { formatNumber } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { ACTION_COLUMNS, ACTION_EDITABLE } from "@/lib/features/action-plans/data/action-columns";
import { PLAN_IMPORT_KINDS, type PlanImportKind } from "@/lib/features/action-plans/data/import-types";
import { countPlanData, findPlan } from "@/lib/features/action-plans/data/plan-summary";
import { MEASUREMENT_COLUMNS, MEASUREMENT_EDITABLE } from "@/lib/features/action-plans/data/measurement-columns";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { notFound } from "next/navigation";
import { PageShell } from "../../../_components/page-shell";
import { uploadPlanDataAction } from "./actions";
import { WorkspaceNotFoundView } from "../../../_components/not-found-view";

type Props = { params: Promise<{ city: string; plan: string }>; searchParams: Promise<{ applied?: string; discarded?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("planData.page.title") };
}

const SHEETS = {
  measurements: { columns: MEASUREMENT_COLUMNS as readonly string[], editable: new Set<string>(MEASUREMENT_EDITABLE) },
  actions: { columns: ACTION_COLUMNS as readonly string[], editable: new Set<string>(ACTION_EDITABLE) },
} as const;

function ColumnsTable({ t, kind, currency }: { t: Translator; kind: PlanImportKind; currency: string }) {
  const sheet = SHEETS[kind];
  return (
    <details className="mt-6">
      <summary className="cursor-pointer font-semibold">{t("planData.columns.heading")}</summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("planData.columns.tableCaption", { kind: t(`planData.kinds.${kind}.heading`) })}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pr-4">
                {t("planData.columns.column")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("planData.columns.meaning")}
              </th>
              <th scope="col" className="py-2">
                {t("planData.columns.editable")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sheet.columns.map((c) => (
              <tr key={c} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-2 pr-4 font-mono text-sm font-semibold">
                  {c}
                </th>
                <td className="py-2 pr-4">{t(`planData.columns.${c as "period"}`, { currency })}</td>
                <td className="py-2">{sheet.editable.has(c) ? t("common.yes") : t("common.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * "Import and export" of one plan: download its measurements or action updates as CSV, upload an
 * edited file to preview and apply it (all or nothing).
 */
async function PlanDataPage({ params, searchParams }: Props) {
  const { city, plan: planId } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/action-plan/${planId}/data`);
  const plan = await findPlan(ctx.db, planId);
  if (!plan) notFound();
  const counts = await countPlanData(ctx.db, plan.id);
  const { applied, discarded } = await searchParams;
  const locale = await requestLocale();
  const t = translator(locale);
  const base = `/${ctx.city.slug}/workspace/action-plan/${plan.id}`;
  const appliedCount = applied && /^\d{1,5}$/.test(applied) ? Number(applied) : null;
  const canEdit = ctx.can("plan.edit");

  return (
    <PageShell title={t("planData.page.title")} intro={<p>{t("planData.page.intro")}</p>}>
      <nav aria-label={t("framework.element.breadcrumb")} className="-mt-4 mb-6 text-sm">
        <Link href={base}>← {t("planData.page.back")}</Link>
      </nav>
      <p className="mb-6 font-semibold">{t("planData.page.planLabel", { title: plan.title })}</p>
      {appliedCount !== null ? (
        <div className="mb-6">
          <Alert tone="success">{t("planData.page.applied", { count: formatNumber(locale, appliedCount) })}</Alert>
        </div>
      ) : null}
      {discarded ? (
        <div className="mb-6">
          <Alert tone="success">{t("planData.page.discarded")}</Alert>
        </div>
      ) : null}
      {canEdit ? null : <p className="mb-6 rounded-md bg-slate-100 p-3 text-slate-800">{t("planData.page.readOnly")}</p>}

      <section aria-labelledby="document-heading" className="mb-12">
        <h2 id="document-heading" className="text-2xl font-semibold">
          {t("planData.document.heading")}
        </h2>
        <p className="mt-1 text-slate-800">{t("planData.document.text")}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          {/* No `download` attribute: without a printer the answer is a page to read, not a file. */}
          <a href={`/api/cities/${ctx.city.slug}/plans/${plan.id}/document.pdf?locale=${locale}`} className={buttonClasses("secondary")}>
            {t("planData.document.downloadPdf")}
          </a>
          <a href={`/api/cities/${ctx.city.slug}/plans/${plan.id}/document.docx?locale=${locale}`} download className={buttonClasses("secondary")}>
            {t("planData.document.downloadDocx")}
          </a>
        </p>
      </section>

      {PLAN_IMPORT_KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`${kind}-heading`} className="mb-12">
          <h2 id={`${kind}-heading`} className="text-2xl font-semibold">
            {t(`planData.kinds.${kind}.heading`)}
          </h2>
          {counts[kind] === 0 ? (
            <p className="mt-2 rounded-md bg-slate-100 p-3 text-slate-800">{t(`planData.kinds.${kind}.empty`)}</p>
          ) : (
            <>
              <p className="mt-1 text-slate-800">{t(`planData.kinds.${kind}.text`)}</p>
              <p className="mt-4">
                <a href={`/api/cities/${ctx.city.slug}/plans/${plan.id}/export?kind=${kind}`} download className={buttonClasses("secondary")}>
                  {t(`planData.kinds.${kind}.download`)}
                </a>
              </p>
              {canEdit ? (
                <div className="mt-6">
                  <h3 className="mb-2 text-xl font-semibold">{t(`planData.kinds.${kind}.upload`)}</h3>
                  <UploadForm
                    citySlug={ctx.city.slug}
                    upload={uploadPlanDataAction}
                    previewBase={`${base}/data/${kind}`}
                    id={`${kind}-file`}
                    fields={{ planId: plan.id, kind }}
                    labels={{
                      file: t("planData.import.file"),
                      hint: t("planData.import.fileHint"),
                      submit: t("planData.import.submit"),
                      submitting: t("planData.import.submitting"),
                      noFile: t("planData.import.noFile"),
                    }}
                  />
                </div>
              ) : null}
              <ColumnsTable t={t} kind={kind} currency={plan.currency} />
            </>
          )}
        </section>
      ))}
    </PageShell>
  );
}

export default withNotFound(PlanDataPage, WorkspaceNotFoundView);
