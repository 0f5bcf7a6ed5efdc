import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { Alert } from "@/components/ui/alert";
import { ImportPreviewTable } from "@/components/spreadsheet/import-preview-table";
import type { BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { translator, type Translator } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { importScope, PLAN_IMPORT_KINDS, type PlanImportKind, type RowChange, type RowOutcome } from "@/lib/features/action-plans/data/import-types";
import { findPlan } from "@/lib/features/action-plans/data/plan-summary";
import { previewPlanImport } from "@/lib/features/action-plans/data/preview-plan-import";
import { loadImport } from "@/lib/features/commitments/spreadsheet/import-store";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../../../../_components/page-shell";
import { PlanImportActions } from "./import-actions";
import { WorkspaceNotFoundView } from "../../../../../_components/not-found-view";

type Props = { params: Promise<{ city: string; plan: string; kind: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("planData.preview.title") };
}

const TONE: Record<RowOutcome, BadgeTone> = { new: "green", change: "blue", unchanged: "gray", rejected: "red" };

function shown(t: Translator, c: RowChange, v: string): string {
  if (v === "") return t("planData.preview.empty");
  if (c.field === "status") return t(`actionPlans.actionStatus.${v as "on_track"}`);
  if (c.field === "progress") return `${v}%`;
  return v;
}

/**
 * The preview of a measurements or action-updates upload: every row's changes (old → new) and
 * every refused row with its row number, column and reason. Nothing is saved until "apply".
 */
async function PlanImportPreviewPage({ params }: Props) {
  const { city, plan: planId, kind, id } = await params;
  const ctx = await cityPageContext(city, "plan.edit", `/${city}/workspace/action-plan/${planId}/data/${kind}/${id}`);
  if (!(PLAN_IMPORT_KINDS as readonly string[]).includes(kind)) notFound();
  const plan = await findPlan(ctx.db, planId);
  if (!plan) notFound();
  const sheet = kind as PlanImportKind;
  const locale = await requestLocale();
  const t = translator(locale);
  const back = `/${ctx.city.slug}/workspace/action-plan/${plan.id}/data`;
  const stored = await loadImport(ctx.db, { cityId: ctx.city.id, userId: ctx.user.id, scope: importScope(sheet, plan.id) }, id);

  if (!stored) {
    return (
      <PageShell title={t("planData.preview.title")}>
        <Alert tone="warning">{t("planData.apply.gone")}</Alert>
        <p className="mt-6">
          <Link href={back} className={buttonClasses("secondary")}>
            {t("planData.page.title")}
          </Link>
        </p>
      </PageShell>
    );
  }

  const preview = await previewPlanImport(ctx.db, sheet, plan.id, stored.table);
  const rows = preview.rows.filter((r) => r.outcome !== "unchanged");
  const applyCount = preview.counts.new + preview.counts.change;

  return (
    <PageShell title={t("planData.preview.title")} intro={<p>{t("planData.preview.intro")}</p>} wide>
      <p className="text-slate-800">{t("planData.page.planLabel", { title: plan.title })}</p>
      <p className="text-slate-800">{t("planData.preview.kind", { kind: t(`planData.kinds.${sheet}.heading`) })}</p>
      <p className="text-slate-800">{t("spreadsheet.preview.fileName", { name: stored.fileName, date: formatDateTime(locale, stored.createdAt) })}</p>
      <p className="mt-2 font-semibold">{t("planData.preview.summary", { ...preview.counts })}</p>

      <div className="mt-6">
        {preview.counts.rejected > 0 ? (
          <Alert tone="error" title={t("planData.preview.rejectedTitle")} announce={false}>
            <p>{t("planData.preview.rejectedText", { count: preview.counts.rejected })}</p>
          </Alert>
        ) : applyCount === 0 ? (
          <Alert tone="info">{t("planData.preview.nothingToApply")}</Alert>
        ) : null}
      </div>

      {rows.length > 0 ? (
        <ImportPreviewTable
          caption={t("planData.preview.tableCaption")}
          headings={{
            line: t("planData.preview.line"),
            subject: t("planData.preview.subject"),
            changes: t("planData.preview.changes"),
            result: t("planData.preview.result"),
          }}
          to={t("planData.preview.to")}
          rows={rows.map((row) => ({
            line: row.line,
            subject: row.subject ?? (
              <>
                <span className="font-mono text-sm break-all">{row.key || "—"}</span> {t("planData.preview.unknown")}
              </>
            ),
            changes: row.changes.map((c) => ({
              field: c.field,
              label: t(`planData.fields.${c.field as "value"}`),
              from: shown(t, c, c.from),
              to: shown(t, c, c.to),
            })),
            problems: row.problems.map((p) => (
              <>
                <span className="font-mono text-sm">{p.column}</span>: {t(`planData.problems.${p.code as "valueInvalid"}`, p.vars)}
              </>
            )),
            note: row.outcome !== "rejected" && row.note ? `${t("planData.preview.noteLabel")} ${row.note}` : undefined,
            outcome: { tone: TONE[row.outcome], label: t(`planData.preview.outcome.${row.outcome}`) },
          }))}
        />
      ) : null}
      {preview.counts.unchanged > 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("planData.preview.unchangedHidden", { count: preview.counts.unchanged })}</p>
      ) : null}

      <PlanImportActions
        citySlug={ctx.city.slug}
        back={back}
        importRef={{ planId: plan.id, kind: sheet, importId: stored.id }}
        applicable={preview.applicable}
        labels={{
          apply: t("planData.preview.apply", { count: applyCount }),
          applying: t("planData.preview.applying"),
          discard: t("planData.preview.discard"),
          discardTitle: t("planData.preview.discardTitle"),
          discardText: t("planData.preview.discardText"),
          cancel: t("common.cancel"),
        }}
      />
    </PageShell>
  );
}

export default withNotFound(PlanImportPreviewPage, WorkspaceNotFoundView);
