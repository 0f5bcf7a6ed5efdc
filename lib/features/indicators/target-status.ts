import { periodYear } from "./periods";

/**
 * Status of an indicator against its target (explained on the indicator page):
 * - **no data** without a measurement, or without a baseline (value and year) and a target
 *   (value and year) to draw a path between;
 * - otherwise the expected value at the latest measurement is read off a straight line from the
 *   baseline (its year) to the target (its year); before the baseline year the baseline itself is
 *   expected, after the target year the target;
 * - **on track** when the latest value is at least as good as expected — higher or equal when
 *   higher is better, lower or equal when lower is better — and **off track** otherwise.
 */
export type TargetStatus = "on_track" | "off_track" | "no_data";

export interface TargetInput {
  direction: "higher" | "lower";
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

export interface TargetAssessment {
  status: TargetStatus;
  /** Why there is no status, when there is none. */
  missing: "measurements" | "baseline" | "target" | null;
  latest: { period: string; value: number } | null;
  /** The value on the path at the latest measurement's period. */
  expected: number | null;
}

/** The value the straight path from baseline to target expects at `year`. */
export function expectedAt(t: Required<{ [K in keyof TargetInput]: NonNullable<TargetInput[K]> }>, year: number): number {
  if (t.targetYear <= t.baselineYear || year >= t.targetYear) return year >= t.targetYear ? t.targetValue : t.baselineValue;
  if (year <= t.baselineYear) return t.baselineValue;
  const share = (year - t.baselineYear) / (t.targetYear - t.baselineYear);
  return t.baselineValue + share * (t.targetValue - t.baselineValue);
}

export function assessTarget(indicator: TargetInput, measurements: readonly { period: string; periodStart: string; value: number }[]): TargetAssessment {
  const latestRow = measurements.reduce<(typeof measurements)[number] | null>((best, m) => (!best || m.periodStart > best.periodStart ? m : best), null);
  const latest = latestRow ? { period: latestRow.period, value: latestRow.value } : null;
  const none = (missing: TargetAssessment["missing"]): TargetAssessment => ({ status: "no_data", missing, latest, expected: null });
  if (!latestRow) return none("measurements");
  const { baselineValue, baselineYear, targetValue, targetYear, direction } = indicator;
  if (baselineValue === null || baselineYear === null) return none("baseline");
  if (targetValue === null || targetYear === null) return none("target");
  const expected = expectedAt({ direction, baselineValue, baselineYear, targetValue, targetYear }, periodYear(latestRow.periodStart));
  const good = direction === "higher" ? latestRow.value >= expected : latestRow.value <= expected;
  return { status: good ? "on_track" : "off_track", missing: null, latest, expected: Math.round(expected * 10_000) / 10_000 };
}
