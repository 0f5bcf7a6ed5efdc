import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { fill } from "@/lib/kernel/i18n/fill";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDateTime, formatNumber } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { getIndicator } from "@/lib/features/indicators/get-indicator";
import { periodExample } from "@/lib/features/indicators/periods";
import { indicatorEditValues } from "@/lib/features/indicators/records";
import { pathRows } from "@/lib/features/indicators/target-path";
import { listMembers } from "@/lib/features/members/list-members";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { TargetStatusBadge } from "@/components/plans/badges";
import { EditableItem } from "../../_components/editable-item";
import { formTexts, indicatorFields } from "@/components/plans/field-specs";
import { loadCommitmentOptions } from "@/lib/features/commitments/load-commitment-options";
import { IndicatorChart } from "../_components/indicator-chart";
import { MeasurementForm } from "../_components/measurement-form";
import { MeasurementRowActions } from "../_components/measurement-row-actions";
import { statusSentence } from "../_components/status-explanation";
import { TypeExplainer } from "../_components/type-explainer";
import { WorkspaceNotFoundView } from "../../_components/not-found-view";
import { nameOr } from "@/lib/kernel/records/people";

type Props = { params: Promise<{ city: string; indicator: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("indicators.list.title") };
}

/** One indicator: its definition and target, status, chart(s) with the same figures as a table, entry and corrections. */
async function IndicatorPage({ params }: Props) {
  const { city, indicator: indicatorId } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/indicators/${indicatorId}`);
  const page = await getIndicator(ctx.db, indicatorId);
  if (!page) notFound();
  const locale = await requestLocale();
  const d = dictionary(locale);
  const m = d.indicators;
  const p = m.page;
  const canEdit = ctx.can("plan.edit");
  const { indicator: i, plan, measurements, revisions, assessment } = page;
  const [members, options] = await Promise.all([listMembers(ctx.city.id), canEdit ? loadCommitmentOptions(ctx, locale, i.ownerId) : null]);
  const names = new Map(members.map((u) => [u.userId, u.name]));
  const who = (id: string | null) => nameOr(names, id, p.formerMember);
  const n = (v: string | number) => formatNumber(locale, Number(v), { maximumFractionDigits: 4 });
  const withUnit = (v: string | number) => `${n(v)}${i.unit ? ` ${i.unit}` : ""}`;
  const dims = i.dimensions.map((k) => ({ value: k, label: m.dimension[k] }));
  const texts = { m, saving: d.common.saving, validation: m.validation };
  const periodHint = m.hints[`period_${i.frequency}`];
  const num = (v: string | null) => (v === null ? null : Number(v));
  const rows = pathRows(
    {
      direction: i.direction,
      frequency: i.frequency,
      baselineValue: num(i.baselineValue),
      baselineYear: i.baselineYear,
      targetValue: num(i.targetValue),
      targetYear: i.targetYear,
    },
    measurements.map((x) => ({ period: x.period, periodStart: x.periodStart, value: Number(x.value) })),
  );
  const hasPath = rows.some((r) => r.expected !== null);

  // Categories per dimension across all periods: one series each in the disaggregated charts.
  const categories = new Map<string, string[]>();
  for (const row of measurements.flatMap((x) => x.breakdown)) {
    const list = categories.get(row.dimension) ?? [];
    if (!list.includes(row.category)) list.push(row.category);
    categories.set(row.dimension, list);
  }
  const cell = (mId: string, dim: string, cat: string) =>
    measurements.find((x) => x.id === mId)?.breakdown.find((b) => b.dimension === dim && b.category === cat)?.value ?? null;
  const columns = [...categories.entries()].flatMap(([dim, cats]) =>
    cats.map((cat) => ({ dim, cat, label: `${m.dimension[dim as keyof typeof m.dimension] ?? dim}: ${cat}` })),
  );

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-6xl space-y-10 px-4 py-8">
      <header className="space-y-2">
        <nav aria-label={p.breadcrumb} className="text-sm">
          <Link href={`/${ctx.city.slug}/workspace/indicators`}>← {p.breadcrumb}</Link>
        </nav>
        <h1 className="text-3xl font-bold text-slate-900">{i.name}</h1>
        <p className="text-slate-800">
          <Link href={`/${ctx.city.slug}/workspace/action-plan/${plan.id}`}>{fill(p.ofPlan, { plan: plan.title })}</Link> · {m.type[i.type]} ·{" "}
          {m.direction[i.direction]} · {m.frequency[i.frequency]} · {m.accumulation[i.accumulation]}
        </p>
      </header>
      {!canEdit ? <p className="text-sm text-slate-800">{p.readOnly}</p> : null}

      <section aria-labelledby="indicator-status-heading" className="space-y-2 rounded-lg border border-slate-300 p-5">
        <h2 id="indicator-status-heading" className="text-2xl font-semibold">
          {p.statusHeading}
        </h2>
        <p className="flex flex-wrap items-center gap-3">
          <TargetStatusBadge status={assessment.status} label={m.status[assessment.status]} />
          <span>{statusSentence(assessment, i.unit, d, locale)}</span>
        </p>
        <p>
          {fill(p.baseline, { value: i.baselineValue ? withUnit(i.baselineValue) : p.notSet, year: i.baselineYear ?? "–" })} ·{" "}
          {fill(p.target, { value: i.targetValue ? withUnit(i.targetValue) : p.notSet, year: i.targetYear ?? "–" })}
        </p>
        <p className="text-sm text-slate-700">{m.statusExplain[i.accumulation]}</p>
        <p className="text-sm text-slate-700">{m.statusExplain.method}</p>
      </section>

      <section aria-labelledby="indicator-summary-heading" className="space-y-3">
        <h2 id="indicator-summary-heading" className="text-2xl font-semibold">
          {p.summary}
        </h2>
        <EditableItem
          name={i.name}
          citySlug={ctx.city.slug}
          texts={formTexts(d, "indicators")}
          edit={
            options
              ? { kind: "indicatorEdit", heading: p.editHeading, fields: indicatorFields(d, options, page.objectives), initial: indicatorEditValues(i) }
              : undefined
          }
          remove={canEdit ? { kind: "indicator", id: i.id, version: i.version, warning: p.deleteIndicatorWarning } : undefined}
        >
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{m.fields.definition}</dt>
            <dd className="whitespace-pre-line">{i.definition || "–"}</dd>
            <dt className="font-semibold">{m.fields.accumulation}</dt>
            <dd>{m.accumulation[i.accumulation]}</dd>
            <dt className="font-semibold">{m.fields.unit}</dt>
            <dd>{i.unit || "–"}</dd>
            <dt className="font-semibold">{m.fields.dataSource}</dt>
            <dd>{i.dataSource || "–"}</dd>
            <dt className="font-semibold">{m.fields.ownerId}</dt>
            <dd>{i.ownerId ? who(i.ownerId) : "–"}</dd>
            <dt className="font-semibold">{m.fields.dimensions}</dt>
            <dd>{dims.map((x) => x.label).join(", ") || "–"}</dd>
            <dt className="font-semibold">{m.fields.objectiveIds}</dt>
            <dd>
              {page.objectives
                .filter((o) => i.objectiveIds.includes(o.id))
                .map((o, k) => (
                  <span key={o.id}>
                    {k ? "; " : ""}
                    <Link href={`/${ctx.city.slug}/workspace/action-plan/${plan.id}/objectives/${o.id}`}>{o.title}</Link>
                  </span>
                ))}
              {i.objectiveIds.length ? null : "–"}
            </dd>
          </dl>
        </EditableItem>
      </section>

      <section aria-labelledby="indicator-chart-heading" className="space-y-4">
        <h2 id="indicator-chart-heading" className="text-2xl font-semibold">
          {p.chartHeading}
        </h2>
        {measurements.length === 0 ? (
          <p>{p.noMeasurements}</p>
        ) : (
          <>
            <IndicatorChart
              title={fill(p.chartTitle, { name: i.name })}
              desc={p.chartDesc}
              data={rows.map((r) => ({ label: r.period, value: r.measured, path: r.expected }))}
              series={[{ key: "value", name: i.accumulation === "cumulative" ? p.seriesTotal : p.series }]}
              path={hasPath ? p.pathLine : null}
              target={i.targetValue ? { value: Number(i.targetValue), label: `${p.targetLine} ${n(i.targetValue)}` } : null}
              unit={i.unit}
              connectGaps
            />
            {hasPath ? (
              <div className="overflow-x-auto">
                <table className="min-w-full text-left text-sm">
                  <caption className="p-2 text-left font-semibold">{fill(p.pathCaption, { name: i.name })}</caption>
                  <thead>
                    <tr className="border-b-2 border-slate-400">
                      <th scope="col" className="p-2">
                        {p.colPeriod}
                      </th>
                      <th scope="col" className="p-2">
                        {p.colExpected}
                      </th>
                      <th scope="col" className="p-2">
                        {p.colMeasured}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.period} className="border-b border-slate-200">
                        <th scope="row" className="p-2 font-medium">
                          {r.anchor === "baseline"
                            ? fill(p.pathBaselineRow, { period: r.period })
                            : r.anchor === "target"
                              ? fill(p.pathTargetRow, { period: r.period })
                              : r.period}
                        </th>
                        <td className="p-2 tabular-nums">{r.expected === null ? "–" : withUnit(r.expected)}</td>
                        <td className="p-2 tabular-nums">{r.measured === null ? "–" : withUnit(r.measured)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="text-slate-800">{p.pathNone}</p>
            )}
            {[...categories.entries()].map(([dim, cats]) => {
              const dimLabel = m.dimension[dim as keyof typeof m.dimension] ?? dim;
              return (
                <div key={dim} className="space-y-2">
                  <h3 className="text-lg font-semibold">{fill(p.disaggregatedHeading, { dimension: dimLabel })}</h3>
                  <IndicatorChart
                    title={fill(p.disaggregatedTitle, { name: i.name, dimension: dimLabel })}
                    desc={p.disaggregatedDesc}
                    data={measurements.map((x) =>
                      Object.fromEntries([
                        ["label", x.period],
                        ...cats.map((c, k) => [`c${k}`, cell(x.id, dim, c) === null ? null : Number(cell(x.id, dim, c))]),
                      ]),
                    )}
                    series={cats.map((c, k) => ({ key: `c${k}`, name: c }))}
                    unit={i.unit}
                  />
                </div>
              );
            })}
            <div className="overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <caption className="p-2 text-left font-semibold">{fill(p.tableCaption, { name: i.name })}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    <th scope="col" className="p-2">
                      {p.colPeriod}
                    </th>
                    <th scope="col" className="p-2">
                      {p.colValue}
                    </th>
                    {columns.map((c) => (
                      <th key={`${c.dim}|${c.cat}`} scope="col" className="p-2">
                        {c.label}
                      </th>
                    ))}
                    <th scope="col" className="p-2">
                      {p.colSource}
                    </th>
                    <th scope="col" className="p-2">
                      {p.colEntered}
                    </th>
                    {canEdit ? (
                      <th scope="col" className="p-2">
                        <span className="sr-only">{p.correct}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {measurements.map((x) => (
                    <tr key={x.id} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 font-medium">
                        {x.period}
                      </th>
                      <td className="p-2 tabular-nums">{withUnit(x.value)}</td>
                      {columns.map((c) => {
                        const v = cell(x.id, c.dim, c.cat);
                        return (
                          <td key={`${c.dim}|${c.cat}`} className="p-2 tabular-nums">
                            {v === null ? "–" : n(v)}
                          </td>
                        );
                      })}
                      <td className="p-2">{x.sourceNote || "–"}</td>
                      <td className="p-2">
                        {fill(p.enteredBy, { date: formatDateTime(locale, x.createdAt), name: who(x.createdBy) })}
                        {x.version > 1 ? (
                          <span className="block text-slate-700">
                            {fill(p.corrected, { date: formatDateTime(locale, x.updatedAt), name: who(x.updatedBy) })}
                          </span>
                        ) : null}
                      </td>
                      {canEdit ? (
                        <td className="p-2">
                          <MeasurementRowActions
                            period={x.period}
                            citySlug={ctx.city.slug}
                            texts={formTexts(d, "indicators")}
                            labels={{ correct: p.correct, correctNamed: p.correctNamed, cancel: d.common.cancel }}
                            remove={{ id: x.id, version: x.version, warning: p.deleteWarning }}
                            form={{
                              citySlug: ctx.city.slug,
                              mode: "correct",
                              heading: fill(p.correctHeading, { period: x.period }),
                              initial: { id: x.id, version: x.version, value: x.value, sourceNote: x.sourceNote, breakdown: x.breakdown, reason: "" },
                              dimensions: dims,
                              periodHint,
                              texts,
                            }}
                          />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {canEdit ? (
        <section aria-label={p.addHeading} className="rounded-lg border border-slate-300 p-5">
          <MeasurementForm
            citySlug={ctx.city.slug}
            mode="create"
            heading={p.addHeading}
            initial={{ indicatorId: i.id, period: "", value: "", sourceNote: "", breakdown: [] }}
            dimensions={dims}
            periodHint={`${periodHint} (${periodExample(i.frequency)})`}
            texts={texts}
          />
        </section>
      ) : null}

      <section aria-labelledby="revisions-heading" className="space-y-3">
        <h2 id="revisions-heading" className="text-2xl font-semibold">
          {p.historyHeading}
        </h2>
        <p className="text-slate-800">{p.historyIntro}</p>
        {revisions.length === 0 ? (
          <p>{p.historyEmpty}</p>
        ) : (
          <ol className="space-y-2">
            {[...revisions]
              .sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime())
              .map((r) => (
                <li key={r.id} className="rounded-md border border-slate-200 p-3">
                  <p>
                    {fill(p.historyEntry, {
                      period: measurements.find((x) => x.id === r.measurementId)?.period ?? "",
                      from: withUnit(r.value),
                      date: formatDateTime(locale, r.changedAt),
                      name: who(r.changedBy),
                    })}
                  </p>
                  <p className="text-sm text-slate-800">{fill(p.historyReason, { reason: r.reason })}</p>
                </li>
              ))}
          </ol>
        )}
      </section>

      <TypeExplainer d={d} />
    </main>
  );
}

export default withNotFound(IndicatorPage, WorkspaceNotFoundView);
