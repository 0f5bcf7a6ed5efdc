import type { SectionProps } from "./props";

/** The four figures people look for first; each is explained in the sections below. */
export function Headline({ d, f }: Pick<SectionProps, "d" | "f">) {
  const { t } = f;
  const items = [
    { label: t("dashboard.headline.progress"), value: f.pct(d.overall.percent) },
    { label: t("dashboard.headline.commitments"), value: f.num(d.overall.count) },
    { label: t("dashboard.headline.inPlace"), value: f.num(d.overall.statuses.in_place) },
    { label: t("dashboard.headline.overdue"), value: f.num(d.overdue.length) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
      {items.map((i) => (
        <div key={i.label} className="rounded-lg border border-slate-300 bg-white p-4">
          <dt className="text-sm text-slate-700">{i.label}</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums text-slate-900">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
