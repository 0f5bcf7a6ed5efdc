import { BarChart } from "@/components/charts/bar-chart";
import { cell, DataTable, numCell, rowClass, Section } from "./data-table";
import type { SectionProps } from "./props";

/** Progress per layer and overall, as defined in lib/features/dashboard/rollup.ts (explained in RollupExplainer). */
export function ProgressSection({ d, f, charts }: SectionProps) {
  const { t } = f;
  const layerName = (layer: string) => t(`framework.layers.${layer as "foundation"}`);
  const byLayer = Object.fromEntries(d.layers.map((l) => [l.layer, f.pctText(l.percent)]));
  const summary = t("dashboard.progress.summary", {
    overall: f.pctText(d.overall.percent),
    count: f.num(d.overall.count),
    foundation: byLayer.foundation!,
    structure: byLayer.structure!,
    tool: byLayer.tool!,
  });
  const bars = [
    ...d.layers.map((l) => ({ label: layerName(l.layer), value: l.percent })),
    { label: t("dashboard.progress.overall"), value: d.overall.percent, color: "#0f172a" },
  ].filter((b): b is { label: string; value: number; color?: string } => b.value !== null);

  return (
    <Section
      id="progress-heading"
      heading={t("dashboard.progress.heading")}
      summary={summary}
      chart={charts === true ? <BarChart title={t("dashboard.progress.chartTitle")} desc={summary} data={bars} max={100} unit="%" /> : undefined}
    >
      <DataTable
        caption={t("dashboard.progress.caption")}
        head={[t("dashboard.progress.layer"), t("dashboard.progress.commitments"), t("dashboard.progress.inPlace"), t("dashboard.progress.progress")]}
        foot={
          <tr>
            <th scope="row" className={cell}>
              {t("dashboard.progress.overall")}
            </th>
            <td className={numCell}>{f.num(d.overall.count)}</td>
            <td className={numCell}>{f.num(d.overall.statuses.in_place)}</td>
            <td className={numCell}>{f.pct(d.overall.percent)}</td>
          </tr>
        }
      >
        {d.layers.map((l) => (
          <tr key={l.layer} className={rowClass}>
            <th scope="row" className={cell}>
              {layerName(l.layer)}
            </th>
            <td className={numCell}>{f.num(l.count)}</td>
            <td className={numCell}>{f.num(l.statuses.in_place)}</td>
            <td className={numCell}>{f.pct(l.percent)}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
