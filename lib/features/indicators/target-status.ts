import { periodEnd, yearEnd, type FrequencyValue } from "./periods";
import type { AccumulationValue } from "./schema";

/**
 * Status of an indicator against its target (explained on the indicator page and in README.md):
 * - **no data** without a measurement, or without a baseline (value and year) and a target
 *   (value and year) to draw a path between;
 * - the path is a straight line from the baseline at the end of its year to the target at the end
 *   of its year (a target year means "by 31 December"); every measurement sits at the end of its
 *   period, so the figure for 2029 (or 2029-Q4) is compared with the target itself; before the
 *   baseline the baseline is expected, after the target year the target;
 * - what is compared depends on how the figures add up (`accumulation`): a **cumulative**
 *   indicator's latest figure is the running total so far and is compared with the total the path
 *   expects by then; a **per period** indicator's latest figure stands alone (that period's own
 *   count or rate) and is compared with what the path expects for one period — so its target is a
 *   figure for one period too (a total over several years is recorded as cumulative);
 * - **on track** when that figure is at least as good as expected — higher or equal when higher is
 *   better, lower or equal when lower is better — and **off track** otherwise.
 */
export type TargetStatus = "on_track" | "off_track" | "no_data";

export interface TargetInput {
  direction: "higher" | "lower";
  /** Absent: per period (the default of every indicator). */
  accumulation?: AccumulationValue;
  /** Absent: yearly. */
  frequency?: FrequencyValue;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

export interface TargetAssessment {
  status: TargetStatus;
  /** Why there is no status, when there is none. */
  missing: "measurements" | "baseline" | "target" | null;
  /** The figure compared: the running total (cumulative) or the latest period's own (per period). */
  basis: "total" | "period";
  latest: { period: string; value: number } | null;
  /** The value on the path at the end of the latest measurement's period. */
  expected: number | null;
}

export interface TargetPath {
  baselineValue: number;
  baselineYear: number;
  targetValue: number;
  targetYear: number;
}

/** The value the straight path expects at `at` (years; the end of year Y is Y + 1, see `yearEnd`). */
export function expectedAt(t: TargetPath, at: number): number {
  const from = yearEnd(t.baselineYear);
  const to = yearEnd(t.targetYear);
  if (at >= to) return t.targetValue;
  if (at <= from || to <= from) return t.baselineValue;
  return t.baselineValue + ((at - from) / (to - from)) * (t.targetValue - t.baselineValue);
}

/** A baseline and a target to draw a path between, or why not. */
export function targetPath(i: TargetInput): TargetPath | "baseline" | "target" {
  if (i.baselineValue === null || i.baselineYear === null) return "baseline";
  if (i.targetValue === null || i.targetYear === null) return "target";
  return { baselineValue: i.baselineValue, baselineYear: i.baselineYear, targetValue: i.targetValue, targetYear: i.targetYear };
}

export const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

export function assessTarget(indicator: TargetInput, measurements: readonly { period: string; periodStart: string; value: number }[]): TargetAssessment {
  const basis = indicator.accumulation === "cumulative" ? "total" : "period";
  const latestRow = measurements.reduce<(typeof measurements)[number] | null>((best, m) => (!best || m.periodStart > best.periodStart ? m : best), null);
  const latest = latestRow ? { period: latestRow.period, value: latestRow.value } : null;
  const none = (missing: TargetAssessment["missing"]): TargetAssessment => ({ status: "no_data", missing, basis, latest, expected: null });
  if (!latestRow) return none("measurements");
  const path = targetPath(indicator);
  if (typeof path === "string") return none(path);
  const expected = expectedAt(path, periodEnd(latestRow.periodStart, indicator.frequency ?? "yearly"));
  const good = indicator.direction === "higher" ? latestRow.value >= expected : latestRow.value <= expected;
  return { status: good ? "on_track" : "off_track", missing: null, basis, latest, expected: round4(expected) };
}
