import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { translator, type Translator } from "@/lib/i18n/dictionary";
import { formatDateTime } from "@/lib/i18n/format";
import { requestLocale } from "@/lib/i18n/request-locale";
import { commitmentLabel } from "@/lib/reminders/compose";
import { loadImport } from "@/lib/spreadsheet/import-store";
import { loadPlanState } from "@/lib/spreadsheet/load-state";
import { planImport, type FieldChange, type PlannedRow } from "@/lib/spreadsheet/plan-import";
import { cityPageContext } from "@/lib/tenancy/page-context";
import { PageShell } from "../../../../_components/page-shell";
import { ImportActions } from "./import-actions";

type Props = { params: Promise<{ city: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("spreadsheet.preview.title") };
}

const TONE: Record<PlannedRow["outcome"], BadgeTone> = { change: "blue", unchanged: "gray", rejected: "red" };

function value(t: Translator, c: FieldChange, v: string): string {
  if (v === "") return t("spreadsheet.preview.empty");
  if (c.field === "status") return t(`framework.status.${v as "planned"}`);
  if (c.field === "progress") return `${v}%`;
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
  const stored = await loadImport(ctx.city.schemaName, { cityId: ctx.city.id, userId: ctx.user.id }, id);

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
      <p className="text-slate-800">
        {t("spreadsheet.preview.fileName", { name: stored.fileName, date: formatDateTime(locale, stored.createdAt) })}
      </p>
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
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("spreadsheet.preview.tableCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">{t("spreadsheet.preview.line")}</th>
                <th scope="col" className="py-2 pr-4">{t("spreadsheet.preview.commitment")}</th>
                <th scope="col" className="py-2 pr-4">{t("spreadsheet.preview.changes")}</th>
                <th scope="col" className="py-2">{t("spreadsheet.preview.result")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.line} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">{row.line}</th>
                  <td className="py-2 pr-4">
                    {row.commitmentId ? (
                      commitmentLabel({ elementKey: row.elementKey, title: row.title ?? "" }, locale)
                    ) : (
                      <>
                        <span className="font-mono text-sm break-all">{row.key || "—"}</span> {t("spreadsheet.preview.unknownCommitment")}
                      </>
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    {row.changes.length > 0 ? (
                      <ul className="space-y-1">
                        {row.changes.map((c) => (
                          <li key={c.field}>
                            <span className="font-semibold">{t(`spreadsheet.fields.${c.field}`)}:</span> {value(t, c, c.from)}{" "}
                            <span aria-hidden="true">→</span>
                            <span className="sr-only">{t("spreadsheet.preview.to")}</span> {value(t, c, c.to)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {row.problems.length > 0 ? (
                      <ul className="mt-1 list-disc space-y-1 pl-5 text-red-900">
                        {row.problems.map((p, i) => (
                          <li key={i}>{t(`spreadsheet.problems.${p.code}`, p.vars)}</li>
                        ))}
                      </ul>
                    ) : null}
                    {row.outcome === "change" ? (
                      <p className="mt-1 text-sm text-slate-800">
                        {t("spreadsheet.preview.noteLabel")} {row.note || t("spreadsheet.preview.defaultNote", { note: defaultNote })}
                      </p>
                    ) : null}
                  </td>
                  <td className="py-2">
                    <Badge tone={TONE[row.outcome]}>{t(`spreadsheet.preview.outcome.${row.outcome}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {plan.counts.unchanged > 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("spreadsheet.preview.unchangedHidden", { count: plan.counts.unchanged })}</p>
      ) : null}

      <ImportActions
        citySlug={ctx.city.slug}
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
