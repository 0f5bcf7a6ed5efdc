import { StaticBarChart } from "@/components/charts/static-bar-chart";
import type { DashFormat } from "@/lib/features/dashboard/format";
import { LAYERS } from "@/lib/reference/framework/catalogue/types";
import type { PublicSnapshot } from "@/lib/features/publication/site/types";
import { PUBLIC_STATUSES } from "@/lib/features/publication/site/types";
import { layerLabel, plural, statusLabel } from "./labels";
import { ScrollTable } from "./scroll-table";

/**
 * The home page's summary of the published roll-up: one sentence overall and one per layer, a
 * chart of progress per layer (plain HTML, no script), and the same figures — with the status
 * counts — in a table rendered on the server, so nothing depends on seeing the chart.
 */
export function WhereCityStands({ snapshot, f }: { snapshot: PublicSnapshot; f: DashFormat }) {
  const { t } = f;
  const { overall, layers } = snapshot.rollup;
  const total = LAYERS.reduce((n, l) => n + layers[l].count, 0);
  const overallSentence =
    overall === null || total === 0
      ? t("publicSite.stands.overallNone")
      : t(plural(total, "publicSite.stands.overallOne", "publicSite.stands.overallOther"), {
          percent: f.pct(overall),
          count: f.num(total),
        });
  const layerSentences = LAYERS.map((layer) => {
    const s = layers[layer];
    if (s.count === 0 || s.percent === null) return t("publicSite.stands.layerNone", { layer: layerLabel(t, layer) });
    const statuses = new Intl.ListFormat(f.locale === "nl" ? "nl-NL" : "en-GB", { type: "conjunction" }).format(
      PUBLIC_STATUSES.filter((k) => s.statusCounts[k] > 0).map((k) =>
        t("publicSite.stands.statusCount", { count: f.num(s.statusCounts[k]), status: statusLabel(t, k).toLocaleLowerCase(f.locale) }),
      ),
    );
    return t(plural(s.count, "publicSite.stands.layerOne", "publicSite.stands.layerOther"), {
      layer: layerLabel(t, layer),
      percent: f.pct(s.percent),
      count: f.num(s.count),
      statuses,
    });
  });
  const totals = Object.fromEntries(PUBLIC_STATUSES.map((k) => [k, LAYERS.reduce((n, l) => n + layers[l].statusCounts[k], 0)]));
  const bars = LAYERS.filter((l) => layers[l].percent !== null).map((l) => ({ label: layerLabel(t, l), value: layers[l].percent! }));
  const summary = [overallSentence, ...layerSentences].join(" ");

  return (
    <section aria-labelledby="stands-heading" className="space-y-6">
      <h2 id="stands-heading" className="text-2xl font-semibold text-slate-900">
        {t("publicSite.stands.heading")}
      </h2>
      <p className="max-w-prose text-lg font-medium text-slate-900">{overallSentence}</p>
      <ul className="max-w-prose list-disc space-y-1 pl-6 text-slate-800">
        {layerSentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <div className="space-y-6">
        {bars.length > 0 && (
          <div className="min-w-0 max-w-xl rounded-lg border border-slate-300 bg-white p-3">
            <StaticBarChart title={t("publicSite.stands.chartTitle")} desc={summary} data={bars} max={100} formatValue={f.pct} />
          </div>
        )}
        <div className="min-w-0">
          <ScrollTable
            id="stands-table"
            caption={t("publicSite.stands.caption")}
            head={[t("publicSite.stands.layer"), t("publicSite.stands.count"), t("publicSite.stands.progress"), ...PUBLIC_STATUSES.map((k) => statusLabel(t, k))]}
            foot={
              <tr>
                <th scope="row">
                  {t("publicSite.stands.total")}
                </th>
                <td>{f.num(total)}</td>
                <td>{overall === null ? t("publicSite.stands.noFigure") : f.pct(overall)}</td>
                {PUBLIC_STATUSES.map((k) => (
                  <td key={k}>
                    {f.num(totals[k]!)}
                  </td>
                ))}
              </tr>
            }
          >
            {LAYERS.map((layer) => {
              const s = layers[layer];
              return (
                <tr key={layer}>
                  <th scope="row">
                    {layerLabel(t, layer)}
                  </th>
                  <td>{f.num(s.count)}</td>
                  <td>{s.percent === null ? t("publicSite.stands.noFigure") : f.pct(s.percent)}</td>
                  {PUBLIC_STATUSES.map((k) => (
                    <td key={k}>
                      {f.num(s.statusCounts[k])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </ScrollTable>
        </div>
      </div>
    </section>
  );
}
