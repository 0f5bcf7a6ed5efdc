import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ImportPreviewTable } from "@/components/spreadsheet/import-preview-table";
import type { BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { translator, type Translator } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { commitmentLabel } from "@/lib/features/reminders/compose";
import { loadImport } from "@/lib/features/commitments/spreadsheet/import-store";
import { loadPlanState } from "@/lib/features/commitments/spreadsheet/load-state";
import { planImport, type FieldChange, type PlannedRow } from "@/lib/features/commitments/spreadsheet/plan-import";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../../../_components/page-shell";
import { ImportActions } from "./import-actions";

type Props = { params: Promise<{ city: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("spreadsheet.preview.title") };
}

const TONE: Record<PlannedRow["outcome"], BadgeTone> = { change: "blue", unchanged: "gray", rejected: "red" };

/** A commitment text can run to 10,000 characters: the preview shows its start. */
const PREVIEW_TEXT = 160;

function value(t: Translator, c: FieldChange, v: string): string {
  if (v === "") return t("spreadsheet.preview.empty");
  if (c.field === "status") return t(`framework.status.${v as "planned"}`);
  if (c.field === "progress") return `${v}%`;
  if (c.field === "text" && v.length > PREVIEW_TEXT) return `${v.slice(0, PREVIEW_TEXT).trimEnd()}…`;
  return v;
}

/**
 * The preview of an upload: every row's changes (field: old → new) and every refused row with its
 * reason, checked against what is stored now. Nothing is saved until "apply".
 */
export default async function ImportPreviewPage({ params }: Props) {
  const { city, id } = await params;
  const ctx = await cityPageContext(city, "commitment.edit", `/${city}/workspace/framework/spreadsheet/import/${id}`);
  const locale = await requestLocale();
  const t = translator(locale);
  const back = `/${ctx.city.slug}/workspace/framework/spreadsheet`;
  const stored = await loadImport(ctx.db, { cityId: ctx.city.id, userId: ctx.user.id }, id);

  if (!stored) {
    return (
      <PageShell title={t("spreadsheet.preview.title")}>
        <Alert tone="warning">{t("spreadsheet.apply.gone")}</Alert>
        <p className="mt-6">
          <Link href={back} className={buttonClasses("secondary")}>
            {t("spreadsheet.page.title")}
          </Link>
        </p>
      </PageShell>
    );
  }

  const { state } = await loadPlanState(ctx.db, ctx.city.id);
  const plan = planImport(stored.table, state);
  const shown = plan.rows.filter((r) => r.outcome !== "unchanged");
  const defaultNote = t("spreadsheet.apply.defaultNote");

  return (
    <PageShell title={t("spreadsheet.preview.title")} intro={<p>{t("spreadsheet.preview.intro")}</p>} wide>
      <p className="text-slate-800">{t("spreadsheet.preview.fileName", { name: stored.fileName, date: formatDateTime(locale, stored.createdAt) })}</p>
      <p className="mt-2 font-semibold">{t("spreadsheet.preview.summary", plan.counts)}</p>

      <div className="mt-6">
        {plan.counts.rejected > 0 ? (
          <Alert tone="error" title={t("spreadsheet.preview.rejectedTitle")} announce={false}>
            <p>{t("spreadsheet.preview.rejectedText", { count: plan.counts.rejected })}</p>
          </Alert>
        ) : plan.counts.change === 0 ? (
          <Alert tone="info">{t("spreadsheet.preview.nothingToApply")}</Alert>
        ) : null}
      </div>

      {shown.length > 0 ? (
        <ImportPreviewTable
          caption={t("spreadsheet.preview.tableCaption")}
          headings={{
            line: t("spreadsheet.preview.line"),
            subject: t("spreadsheet.preview.commitment"),
            changes: t("spreadsheet.preview.changes"),
            result: t("spreadsheet.preview.result"),
          }}
          to={t("spreadsheet.preview.to")}
          rows={shown.map((row) => ({
            line: row.line,
            subject: row.commitmentId ? (
              commitmentLabel({ elementKey: row.elementKey, title: row.title ?? "" }, locale)
            ) : (
              <>
                <span className="font-mono text-sm break-all">{row.key || "—"}</span> {t("spreadsheet.preview.unknownCommitment")}
              </>
            ),
            changes: row.changes.map((c) => ({ field: c.field, label: t(`spreadsheet.fields.${c.field}`), from: value(t, c, c.from), to: value(t, c, c.to) })),
            problems: row.problems.map((p) => t(`spreadsheet.problems.${p.code}`, p.vars)),
            note:
              row.outcome === "change"
                ? `${t("spreadsheet.preview.noteLabel")} ${row.note || t("spreadsheet.preview.defaultNote", { note: defaultNote })}`
                : undefined,
            outcome: { tone: TONE[row.outcome], label: t(`spreadsheet.preview.outcome.${row.outcome}`) },
          }))}
        />
      ) : null}
      {plan.counts.unchanged > 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("spreadsheet.preview.unchangedHidden", { count: plan.counts.unchanged })}</p>
      ) : null}

      <ImportActions
        citySlug={ctx.city.slug}
        back={back}
        importId={stored.id}
        applicable={plan.applicable}
        labels={{
          apply: t("spreadsheet.preview.apply", { count: plan.counts.change }),
          applying: t("spreadsheet.preview.applying"),
          discard: t("spreadsheet.preview.discard"),
          discardTitle: t("spreadsheet.preview.discardTitle"),
          discardText: t("spreadsheet.preview.discardText"),
          cancel: t("common.cancel"),
        }}
      />
    </PageShell>
  );
}
