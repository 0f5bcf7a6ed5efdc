import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { StaticBarChart } from "@/components/charts/static-bar-chart";
import { getElement } from "@/lib/reference/framework/catalogue/catalogue";
import { MATURITIES } from "@/lib/features/commitments/schema";
import { cell, DataTable, numCell, rowClass, Section } from "./data-table";
import type { SectionProps } from "./props";

/** Maturity of each framework element, with the scale explained. */
export function MaturitySection({ d, f, citySlug, charts }: SectionProps) {
  const { t, locale } = f;
  const levelName = (m: (typeof MATURITIES)[number]) => t(`dashboard.maturity.levels.${m}`);
  const summary = t("dashboard.maturity.summary", {
    advanced: f.num(d.maturity.filter((m) => m.maturity === "embedded" || m.maturity === "exemplary").length),
    count: f.num(d.maturity.length),
    none: f.num(d.maturity.filter((m) => m.maturity === "none").length),
  });

  return (
    <Section
      id="maturity-heading"
      heading={t("dashboard.maturity.heading")}
      summary={summary}
      chart={
        charts === "print" ? (
          <StaticBarChart
            title={t("dashboard.maturity.chartTitle")}
            desc={summary}
            data={d.maturity.map((m) => ({ label: m.elementKey, value: m.level }))}
            max={MATURITIES.length - 1}
            formatValue={(v) => levelName(MATURITIES[v]!)}
          />
        ) : charts ? (
          <BarChart
            title={t("dashboard.maturity.chartTitle")}
            desc={summary}
            data={d.maturity.map((m) => ({ label: m.elementKey, value: m.level }))}
            max={MATURITIES.length - 1}
            tickNames={MATURITIES.map(levelName)}
            height={320}
          />
        ) : undefined
      }
    >
      <DataTable caption={t("dashboard.maturity.caption")} head={[t("dashboard.maturity.element"), t("dashboard.maturity.level")]}>
        {d.maturity.map((m) => (
          <tr key={m.elementKey} className={rowClass}>
            <th scope="row" className={cell}>
              <Link href={`/${citySlug}/workspace/framework/${m.elementKey}`}>
                {m.elementKey} · {getElement(m.elementKey)?.name[locale]}
              </Link>
            </th>
            <td className={numCell}>
              {levelName(m.maturity)} ({m.level}/{MATURITIES.length - 1})
            </td>
          </tr>
        ))}
      </DataTable>
      <h3 className="mt-6 text-lg font-semibold">{t("dashboard.maturity.scaleHeading")}</h3>
      <dl className="mt-2 space-y-1 text-sm text-slate-800">
        {MATURITIES.map((m, i) => (
          <div key={m} className="flex gap-2">
            <dt className="font-semibold text-slate-900">
              {i} · {levelName(m)}:
            </dt>
            <dd>{t(`dashboard.maturity.describe.${m}`)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
