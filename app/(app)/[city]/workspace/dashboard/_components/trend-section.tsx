import { LineChart } from "@/components/charts/line-chart";
import { cell, DataTable, numCell, rowClass, Section } from "./data-table";
import type { SectionProps } from "./props";

/** Overall progress at the end of each month, derived from the history (lib/features/dashboard/state-at.ts). */
export function TrendSection({ d, f, charts }: SectionProps) {
  const { t } = f;
  const first = d.trend.find((p) => p.percent !== null);
  const last = d.trend[d.trend.length - 1]!;
  const summary =
    first && last.percent !== null
      ? t("dashboard.trend.summary", { from: f.pct(first.percent), fromMonth: f.month(first.day), to: f.pct(last.percent), toDate: f.day(last.day) })
      : t("dashboard.trend.summaryNone");
  return (
    <Section
      id="trend-heading"
      heading={t("dashboard.trend.heading")}
      summary={summary}
      chart={
        charts === true ? (
          <LineChart
            title={t("dashboard.trend.chartTitle")}
            desc={summary}
            data={d.trend.map((p) => ({ label: f.month(p.day), value: p.percent }))}
            seriesName={t("dashboard.trend.progress")}
            max={100}
            unit="%"
          />
        ) : undefined
      }
    >
      <DataTable
        caption={t("dashboard.trend.caption")}
        head={[t("dashboard.trend.month"), t("dashboard.trend.commitments"), t("dashboard.trend.inPlace"), t("dashboard.trend.progress")]}
      >
        {[...d.trend].reverse().map((p) => (
          <tr key={p.day} className={rowClass}>
            <th scope="row" className={cell}>
              {p.day === d.asOf ? f.day(p.day) : f.month(p.day)}
            </th>
            <td className={numCell}>{f.num(p.count)}</td>
            <td className={numCell}>{f.num(p.inPlace)}</td>
            <td className={numCell}>{f.pct(p.percent)}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
