import { lastPeriodOfYear, nextPeriod, periodEnd, type FrequencyValue, type Period } from "./periods";
import { expectedAt, round4, targetPath, type TargetInput } from "./target-status";

/**
 * The figures of an indicator's chart and of the table beside it: one row per period from the
 * first of baseline and measurements to the last of target and measurements, with the value
 * measured and the value the straight path to the target expects. The path runs from the
 * baseline at the end of its year (the period closing that year: 2024, 2024-Q4, 2024-12) to the
 * target at the end of its year, the same line the status is read from (target-status.ts).
 */
export interface PathRow {
  period: string;
  measured: number | null;
  /** Null outside the path (before the baseline, after the target) or without a path. */
  expected: number | null;
  anchor: "baseline" | "target" | null;
}

/** Beyond this many periods the gaps are not filled in (ten years of months is 120). */
const MAX_PERIODS = 400;

export function pathRows(
  indicator: TargetInput & { frequency: FrequencyValue },
  measurements: readonly { period: string; periodStart: string; value: number }[],
): PathRow[] {
  const f = indicator.frequency;
  const path = targetPath(indicator);
  const anchors = typeof path === "string" ? null : { baseline: lastPeriodOfYear(path.baselineYear, f), target: lastPeriodOfYear(path.targetYear, f) };
  const known = new Map<string, Period>(measurements.map((m) => [m.periodStart, { label: m.period, start: m.periodStart }]));
  if (anchors) for (const a of [anchors.baseline, anchors.target]) if (!known.has(a.start)) known.set(a.start, a);
  const sorted = [...known.values()].sort((a, b) => a.start.localeCompare(b.start));
  if (sorted.length === 0) return [];

  // Every period between the first and the last, so the time axis is evenly spaced.
  let periods: Period[] = [];
  for (let p: Period | null = sorted[0]!; p && p.start <= sorted.at(-1)!.start; p = nextPeriod(p, f)) {
    periods.push(known.get(p.start) ?? p);
    if (periods.length > MAX_PERIODS) {
      periods = sorted;
      break;
    }
  }

  const measured = new Map(measurements.map((m) => [m.periodStart, m.value]));
  return periods.map((p) => {
    const at = periodEnd(p.start, f);
    const onPath = typeof path !== "string" && at >= periodEnd(anchors!.baseline.start, f) && at <= periodEnd(anchors!.target.start, f);
    return {
      period: p.label,
      measured: measured.get(p.start) ?? null,
      expected: onPath ? round4(expectedAt(path, at)) : null,
      anchor: anchors?.baseline.start === p.start ? "baseline" : anchors?.target.start === p.start ? "target" : null,
    };
  });
}
