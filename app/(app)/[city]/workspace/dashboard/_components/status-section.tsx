import { BarChart } from "@/components/charts/bar-chart";
import { COMMITMENT_STATUSES } from "@/lib/features/commitments/schema";
import { StatusBadge } from "../../_components/status-badge";
import { cell, DataTable, numCell, rowClass, Section } from "./data-table";
import type { SectionProps } from "./props";
import { STATUS_COLOURS } from "./status-colours";

export function StatusSection({ d, f, charts }: SectionProps) {
  const { t } = f;
  const s = d.overall.statuses;
  const summary = t("dashboard.status.summary", {
    count: f.num(d.overall.count),
    ...Object.fromEntries(COMMITMENT_STATUSES.map((k) => [k, f.num(s[k])])),
  });
  const share = (n: number) => f.pct(d.overall.count ? Math.round((n / d.overall.count) * 100) : null);

  return (
    <Section
      id="status-heading"
      heading={t("dashboard.status.heading")}
      summary={summary}
      chart={
        charts === true ? (
          <BarChart
            title={t("dashboard.status.chartTitle")}
            desc={summary}
            data={COMMITMENT_STATUSES.map((k) => ({ label: t(`framework.status.${k}`), value: s[k], color: STATUS_COLOURS[k] }))}
          />
        ) : undefined
      }
    >
      <DataTable caption={t("dashboard.status.caption")} head={[t("dashboard.status.status"), t("dashboard.status.count"), t("dashboard.status.share")]}>
        {COMMITMENT_STATUSES.map((k) => (
          <tr key={k} className={rowClass}>
            <th scope="row" className={cell}>
              <StatusBadge status={k} label={t(`framework.status.${k}`)} />
            </th>
            <td className={numCell}>{f.num(s[k])}</td>
            <td className={numCell}>{share(s[k])}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
