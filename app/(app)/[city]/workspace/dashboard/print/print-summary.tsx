import { StaticBarChart } from "@/components/charts/static-bar-chart";
import { COMMITMENT_STATUSES } from "@/lib/features/commitments/schema";
import { DUE_SOON_DAYS } from "@/lib/features/dashboard/rollup";
import type { Dashboard } from "@/lib/features/dashboard/load-dashboard";
import type { DashFormat } from "@/lib/features/dashboard/format";
import { Headline } from "../_components/headline";
import { STATUS_COLOURS } from "../_components/status-colours";
import { StaticTrend } from "@/components/charts/static-trend";

const OVERDUE_SHOWN = 5;

/**
 * Page 1 of the council's print: the headline figures, progress per layer, commitments by status,
 * the trend and what needs attention — charts drawn on the server (they print as laid out), the
 * full tables follow on the next pages. Kept to one A4 page by its content, not by shrinking.
 */
export function PrintSummary({ d, f }: { d: Dashboard; f: DashFormat }) {
  const { t } = f;
  const layers = d.layers.filter((l) => l.percent !== null).map((l) => ({ label: t(`framework.layers.${l.layer}`), value: l.percent! }));
  const overall = d.overall.percent;
  const statuses = COMMITMENT_STATUSES.map((k) => ({ label: t(`framework.status.${k}`), value: d.overall.statuses[k], color: STATUS_COLOURS[k] }));
  const first = d.trend.findIndex((p) => p.percent !== null);
  const last = d.trend[d.trend.length - 1]!;
  const trendDesc =
    first >= 0 && last.percent !== null
      ? t("dashboard.print.trendDesc", {
          from: f.pct(d.trend[first]!.percent),
          fromMonth: f.month(d.trend[first]!.day),
          to: f.pct(last.percent),
          toDate: f.day(last.day),
        })
      : t("dashboard.trend.summaryNone");
  const overdue = d.overdue;

  return (
    <section aria-labelledby="print-summary" className="charta-print-summary">
      <h2 id="print-summary" className="text-2xl font-semibold text-slate-900">
        {t("dashboard.print.summaryHeading")}
      </h2>
      <p className="mt-1 mb-4 text-slate-800">{t("dashboard.print.summaryIntro")}</p>
      <Headline d={d} f={f} />
      <div className="mt-6 grid gap-6 sm:grid-cols-2 print:grid-cols-2">
        <div>
          <h3 className="mb-3 font-semibold text-slate-900">{t("dashboard.print.layersChart")}</h3>
          <StaticBarChart
            title={t("dashboard.print.layersChart")}
            desc={t("dashboard.progress.summary", {
              overall: f.pctText(overall),
              count: f.num(d.overall.count),
              foundation: f.pctText(d.layers.find((l) => l.layer === "foundation")?.percent ?? null),
              structure: f.pctText(d.layers.find((l) => l.layer === "structure")?.percent ?? null),
              tool: f.pctText(d.layers.find((l) => l.layer === "tool")?.percent ?? null),
            })}
            data={overall === null ? layers : [...layers, { label: t("dashboard.progress.overall"), value: overall, color: "#0f172a" }]}
            max={100}
            formatValue={(v) => f.pct(v)}
          />
        </div>
        <div>
          <h3 className="mb-3 font-semibold text-slate-900">{t("dashboard.print.statusChart")}</h3>
          <StaticBarChart
            title={t("dashboard.print.statusChart")}
            desc={t("dashboard.status.summary", {
              count: f.num(d.overall.count),
              ...Object.fromEntries(COMMITMENT_STATUSES.map((k) => [k, f.num(d.overall.statuses[k])])),
            })}
            data={statuses}
            max={Math.max(1, d.overall.count)}
            formatValue={(v) => f.num(v)}
          />
        </div>
      </div>
      <div className="mt-6">
        <h3 className="mb-2 font-semibold text-slate-900">{t("dashboard.print.trendChart")}</h3>
        <p className="mb-2 text-sm text-slate-800">{trendDesc}</p>
        <StaticTrend
          title={t("dashboard.print.trendChart")}
          desc={trendDesc}
          points={d.trend.map((p) => p.percent)}
          firstLabel={f.month(d.trend[0]!.day)}
          lastLabel={f.day(last.day)}
        />
      </div>
      <div className="mt-6">
        <h3 className="mb-2 font-semibold text-slate-900">{t("dashboard.print.attentionHeading")}</h3>
        <p className="text-slate-900">
          {overdue.length === 0
            ? t("dashboard.print.overdueNone")
            : overdue.length === 1
              ? t("dashboard.print.overdueOne")
              : t("dashboard.print.overdue", { count: f.num(overdue.length) })}{" "}
          {d.dueSoon.length > 0 ? t("dashboard.print.dueSoon", { count: f.num(d.dueSoon.length), days: f.num(DUE_SOON_DAYS) }) : null}
        </p>
        {overdue.length > 0 ? (
          <ul className="mt-2 list-disc pl-6 text-slate-900">
            {overdue.slice(0, OVERDUE_SHOWN).map((c) => (
              <li key={c.id}>{t("dashboard.print.overdueItem", { title: c.title, date: c.targetDate ? f.day(c.targetDate) : "—" })}</li>
            ))}
            {overdue.length > OVERDUE_SHOWN ? <li>{t("dashboard.print.overdueMore", { count: f.num(overdue.length - OVERDUE_SHOWN) })}</li> : null}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
