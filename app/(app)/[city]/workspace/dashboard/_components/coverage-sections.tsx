import { BarChart } from "@/components/charts/bar-chart";
import { StaticBarChart } from "@/components/charts/static-bar-chart";
import { charterChapter } from "@/lib/reference/rights/eu-charter";
import { sdg as sdgInfo } from "@/lib/reference/rights/sdgs";
import { cell, DataTable, numCell, rowClass, Section } from "./data-table";
import type { SectionProps } from "./props";

function top<T extends { count: number }>(rows: T[]): T | undefined {
  return rows.reduce<T | undefined>((best, r) => (r.count > (best?.count ?? 0) ? r : best), undefined);
}

/** Commitments per title of the EU Charter (rollup.ts `charterCoverage`). */
export function CharterSection({ d, f, charts }: SectionProps) {
  const { t, locale } = f;
  const name = (key: (typeof d.charter)[number]["title"]) => charterChapter(key).title[locale];
  const best = top(d.charter);
  const summary = best
    ? t("dashboard.charter.summary", { covered: f.num(d.charter.filter((c) => c.count > 0).length), top: name(best.title), topCount: f.num(best.count) })
    : t("dashboard.charter.summaryNone");
  return (
    <Section
      id="charter-heading"
      heading={t("dashboard.charter.heading")}
      summary={summary}
      chart={
        charts === "print" ? (
          <StaticBarChart
            title={t("dashboard.charter.chartTitle")}
            desc={summary}
            data={d.charter.map((c) => ({ label: name(c.title), value: c.count }))}
            max={Math.max(1, ...d.charter.map((c) => c.count))}
            formatValue={(v) => f.num(v)}
          />
        ) : charts ? (
          <BarChart
            title={t("dashboard.charter.chartTitle")}
            desc={summary}
            data={d.charter.map((c) => ({ label: name(c.title), value: c.count }))}
            orientation="rows"
          />
        ) : undefined
      }
    >
      <DataTable caption={t("dashboard.charter.caption")} head={[t("dashboard.charter.title"), t("dashboard.charter.articles"), t("dashboard.charter.count")]}>
        {d.charter.map((c) => {
          const ch = charterChapter(c.title);
          return (
            <tr key={c.title} className={rowClass}>
              <th scope="row" className={cell}>
                {ch.roman}. {ch.title[locale]}
              </th>
              <td className={numCell}>
                {ch.firstArticle}–{ch.lastArticle}
              </td>
              <td className={numCell}>{f.num(c.count)}</td>
            </tr>
          );
        })}
      </DataTable>
    </Section>
  );
}

/** Commitments per SDG (rollup.ts `sdgCoverage`). */
export function SdgSection({ d, f, charts }: SectionProps) {
  const { t, locale } = f;
  const best = top(d.sdgs);
  const summary = best
    ? t("dashboard.sdg.summary", {
        covered: f.num(d.sdgs.filter((s) => s.count > 0).length),
        top: best.sdg,
        name: sdgInfo(best.sdg)?.name[locale] ?? "",
        topCount: f.num(best.count),
      })
    : t("dashboard.sdg.summaryNone");
  return (
    <Section
      id="sdg-heading"
      heading={t("dashboard.sdg.heading")}
      summary={summary}
      chart={
        charts === "print" ? (
          <StaticBarChart
            title={t("dashboard.sdg.chartTitle")}
            desc={summary}
            data={d.sdgs.map((s) => ({ label: t("dashboard.sdg.short", { n: s.sdg }), value: s.count }))}
            max={Math.max(1, ...d.sdgs.map((s) => s.count))}
            formatValue={(v) => f.num(v)}
          />
        ) : charts ? (
          <BarChart
            title={t("dashboard.sdg.chartTitle")}
            desc={summary}
            data={d.sdgs.map((s) => ({ label: t("dashboard.sdg.short", { n: s.sdg }), value: s.count }))}
            orientation="rows"
            height={480}
            labelWidth={64}
          />
        ) : undefined
      }
    >
      <DataTable caption={t("dashboard.sdg.caption")} head={[t("dashboard.sdg.goal"), t("dashboard.sdg.count")]}>
        {d.sdgs.map((s) => (
          <tr key={s.sdg} className={rowClass}>
            <th scope="row" className={cell}>
              {t("dashboard.sdg.short", { n: s.sdg })}: {sdgInfo(s.sdg)?.name[locale]}
            </th>
            <td className={numCell}>{f.num(s.count)}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
