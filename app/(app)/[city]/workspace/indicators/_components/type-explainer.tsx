import type { Dictionary } from "@/lib/features/dictionary";
import { INDICATOR_TYPES } from "@/lib/features/indicators/schema";

/** OHCHR's three types of human rights indicators, in Charta's own words. */
export function TypeExplainer({ d, headingLevel = 2 }: { d: Dictionary; headingLevel?: 2 | 3 }) {
  const m = d.indicators;
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="indicator-types-heading" className="space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-5">
      <H id="indicator-types-heading" className="text-xl font-semibold">
        {m.typeExplain.heading}
      </H>
      <p>{m.typeExplain.intro}</p>
      <dl className="space-y-2">
        {INDICATOR_TYPES.map((t) => (
          <div key={t}>
            <dt className="font-semibold">{m.type[t]}</dt>
            <dd>{m.typeExplain[t]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
