import type { Translator } from "@/lib/features/dictionary";
import { formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { PublicPlan } from "@/lib/features/publication/site/types";
import { pathRows } from "@/lib/features/indicators/target-path";
import { ScrollTable } from "./scroll-table";

type Indicator = PublicPlan["indicators"][number];

/**
 * One indicator of a published plan: its figures against baseline and target in words, every
 * measurement in a table and the latest breakdowns in tables. Server-rendered tables only: no
 * chart library reaches the public pages (their performance budget), and the tables are what a
 * screen reader and a journalist need anyway.
 */
export function PlanIndicator({ indicator: i, locale, t }: { indicator: Indicator; locale: Locale; t: Translator }) {
  const value = (v: string | number | null) => (v === null ? "—" : `${formatNumber(locale, Number(v))}${i.unit ? ` ${i.unit}` : ""}`);
  const latest = i.measurements.at(-1) ?? null;
  const id = `indicator-${i.key}`;
  const accumulation = i.accumulation ?? "per_period";
  const num = (v: string | null) => (v === null ? null : Number(v));
  // Every period from baseline to target with the value the path expects, beside the measured one.
  const rows = pathRows(
    {
      direction: i.direction,
      frequency: i.frequency,
      baselineValue: num(i.baselineValue),
      baselineYear: i.baselineYear,
      targetValue: num(i.targetValue),
      targetYear: i.targetYear,
    },
    i.measurements.map((m) => ({ period: m.period, periodStart: m.periodStart, value: Number(m.value) })),
  );
  const hasPath = rows.some((r) => r.expected !== null);
  const byPeriod = new Map(i.measurements.map((m) => [m.period, m]));
  return (
    <article aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-slate-300 p-4">
      <h3 id={`${id}-heading`} className="text-xl font-semibold text-slate-900">
        {i.name}
      </h3>
      {i.definition ? <p className="max-w-prose text-slate-800">{i.definition}</p> : null}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("indicators.fields.type")}</dt>
        <dd>{t(`indicators.type.${i.type}`)}</dd>
        <dt className="font-semibold">{t("publicPlan.direction")}</dt>
        <dd>{t(`indicators.direction.${i.direction}`)}</dd>
        <dt className="font-semibold">{t("publicPlan.baseline")}</dt>
        <dd>{i.baselineValue === null ? "—" : `${value(i.baselineValue)} (${i.baselineYear ?? "—"})`}</dd>
        <dt className="font-semibold">{t("publicPlan.target")}</dt>
        <dd>
          {i.targetValue === null
            ? "—"
            : i.targetYear === null
              ? value(i.targetValue)
              : t("publicPlan.targetBy", { value: value(i.targetValue), year: i.targetYear })}
        </dd>
        <dt className="font-semibold">{t("publicPlan.figures")}</dt>
        <dd>
          {t(`indicators.accumulation.${accumulation}`)}
          <span className="block text-sm text-slate-700">{t(`indicators.statusExplain.${accumulation}`)}</span>
        </dd>
        <dt className="font-semibold">{t("publicPlan.latest")}</dt>
        <dd>{latest ? `${value(latest.value)} (${latest.period})` : "—"}</dd>
        <dt className="font-semibold">{t("publicPlan.againstTarget")}</dt>
        <dd>{t(`indicators.status.${i.targetStatus}`)}</dd>
        {i.dataSource ? (
          <>
            <dt className="font-semibold">{t("publicPlan.source")}</dt>
            <dd>{i.dataSource}</dd>
          </>
        ) : null}
      </dl>
      {i.measurements.length === 0 ? (
        <p className="text-slate-800">{t("publicPlan.noMeasurements")}</p>
      ) : hasPath ? (
        <ScrollTable
          id={`${id}-measurements`}
          caption={t("publicPlan.pathCaption", { indicator: i.name })}
          head={[t("publicPlan.periodLabel"), t("publicPlan.value"), t("indicators.page.colExpected"), t("publicPlan.source")]}
        >
          {rows.map((r) => (
            <tr key={r.period}>
              <th scope="row" className="font-normal">
                {r.anchor === "baseline"
                  ? t("indicators.page.pathBaselineRow", { period: r.period })
                  : r.anchor === "target"
                    ? t("indicators.page.pathTargetRow", { period: r.period })
                    : r.period}
              </th>
              <td>{value(r.measured)}</td>
              <td>{value(r.expected)}</td>
              <td>{byPeriod.get(r.period)?.sourceNote || "—"}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : (
        <ScrollTable
          id={`${id}-measurements`}
          caption={t("publicPlan.measurementsCaption", { indicator: i.name })}
          head={[t("publicPlan.periodLabel"), t("publicPlan.value"), t("publicPlan.source")]}
        >
          {i.measurements.map((m) => (
            <tr key={m.id}>
              <th scope="row" className="font-normal">
                {m.period}
              </th>
              <td>{value(m.value)}</td>
              <td>{m.sourceNote || "—"}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {latest
        ? Object.entries(latest.breakdown).map(([dimension, categories]) => (
            <ScrollTable
              key={dimension}
              id={`${id}-${dimension}`}
              caption={t("publicPlan.breakdownCaption", {
                indicator: i.name,
                period: latest.period,
                dimension: t(`indicators.dimension.${dimension as "district"}`),
              })}
              head={[t("publicPlan.category"), t("publicPlan.value")]}
            >
              {Object.entries(categories).map(([category, v]) => (
                <tr key={category}>
                  <th scope="row" className="font-normal">
                    {category}
                  </th>
                  <td>{value(v)}</td>
                </tr>
              ))}
            </ScrollTable>
          ))
        : null}
    </article>
  );
}
