import Link from "next/link";
import type { Dictionary } from "@/lib/features/dictionary";
import type { AccumulationValue, IndicatorTypeValue } from "@/lib/features/indicators/schema";
import type { TargetStatus } from "@/lib/features/indicators/target-status";
import { TargetStatusBadge } from "@/components/plans/badges";

/** A plan's or an objective's indicators: name (to the indicator's page), type, and status against target. */
export function IndicatorList({
  citySlug,
  indicators,
  d,
}: {
  citySlug: string;
  indicators: { id: string; name: string; type: IndicatorTypeValue; accumulation: AccumulationValue; assessment: { status: TargetStatus } }[];
  d: Dictionary;
}) {
  return (
    <ul className="divide-y divide-slate-200">
      {indicators.map((i) => (
        <li key={i.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm">
          <Link href={`/${citySlug}/workspace/indicators/${i.id}`} className="font-medium">
            {i.name}
          </Link>
          <span>{d.indicators.type[i.type]}</span>
          <span>{d.indicators.accumulation[i.accumulation]}</span>
          <TargetStatusBadge status={i.assessment.status} label={d.indicators.status[i.assessment.status]} />
        </li>
      ))}
    </ul>
  );
}
