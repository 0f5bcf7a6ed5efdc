import type { FrequencyValue } from "./periods";
import type { AccumulationValue, DimensionValue, DirectionValue, IndicatorTypeValue, TBreakdownRow, TIndicatorEdit } from "./schema";
import { isoDate } from "@/lib/kernel/dates";

/**
 * Indicators and measurements as pages and forms see them: plain data, decimals as text (exactly
 * what is stored), breakdowns as rows.
 */
type Dec = { toString(): string } | string | null;
const text = (d: Dec): string | null => (d === null ? null : String(d));

export interface IndicatorRecord {
  id: string;
  planId: string;
  name: string;
  definition: string;
  type: IndicatorTypeValue;
  unit: string;
  direction: DirectionValue;
  accumulation: AccumulationValue;
  baselineValue: string | null;
  baselineYear: number | null;
  targetValue: string | null;
  targetYear: number | null;
  dataSource: string;
  ownerId: string | null;
  frequency: FrequencyValue;
  dimensions: DimensionValue[];
  objectiveIds: string[];
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  groups: string[];
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface MeasurementRecord {
  id: string;
  indicatorId: string;
  period: string;
  periodStart: string;
  value: string;
  breakdown: TBreakdownRow[];
  sourceNote: string;
  source: string;
  version: number;
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
  updatedBy: string | null;
}

type IndicatorRow = Omit<IndicatorRecord, "baselineValue" | "targetValue" | "objectiveIds" | "dimensions"> & {
  baselineValue: Dec;
  targetValue: Dec;
  dimensions: string[];
};

export function toIndicatorRecord(r: IndicatorRow, objectiveIds: string[]): IndicatorRecord {
  return {
    id: r.id,
    planId: r.planId,
    name: r.name,
    definition: r.definition,
    type: r.type,
    unit: r.unit,
    direction: r.direction,
    accumulation: r.accumulation,
    baselineValue: text(r.baselineValue),
    baselineYear: r.baselineYear,
    targetValue: text(r.targetValue),
    targetYear: r.targetYear,
    dataSource: r.dataSource,
    ownerId: r.ownerId,
    frequency: r.frequency,
    dimensions: r.dimensions as DimensionValue[],
    objectiveIds: [...objectiveIds].sort(),
    charterArticles: [...r.charterArticles].sort((a, b) => a - b),
    udhrArticles: [...r.udhrArticles].sort((a, b) => a - b),
    sdgs: [...r.sdgs].sort((a, b) => a - b),
    groups: [...r.groups],
    version: r.version,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
  };
}

/** The stored breakdown `{dimension: {category: value}}` as form rows. */
export function breakdownRows(json: unknown): TBreakdownRow[] {
  if (!json || typeof json !== "object") return [];
  return Object.entries(json as Record<string, Record<string, unknown>>).flatMap(([dimension, cats]) =>
    Object.entries(cats ?? {}).map(([category, value]) => ({ dimension: dimension as DimensionValue, category, value: String(value) })),
  );
}

/** Form rows as the stored breakdown; values as numbers (JSON has no decimals of its own). */
export function breakdownJson(rows: readonly TBreakdownRow[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) (out[r.dimension] ??= {})[r.category.trim()] = Number(r.value);
  return out;
}

type MeasurementRow = Omit<MeasurementRecord, "value" | "breakdown" | "periodStart"> & { value: Dec; breakdown: unknown; periodStart: Date | string };

export function toMeasurementRecord(r: MeasurementRow): MeasurementRecord {
  return {
    id: r.id,
    indicatorId: r.indicatorId,
    period: r.period,
    periodStart: typeof r.periodStart === "string" ? r.periodStart.slice(0, 10) : isoDate(r.periodStart),
    value: text(r.value)!,
    breakdown: breakdownRows(r.breakdown),
    sourceNote: r.sourceNote,
    source: r.source,
    version: r.version,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
  };
}

export const indicatorEditValues = (r: IndicatorRecord): TIndicatorEdit => ({
  id: r.id,
  version: r.version,
  name: r.name,
  definition: r.definition,
  type: r.type,
  unit: r.unit,
  direction: r.direction,
  accumulation: r.accumulation,
  baselineValue: r.baselineValue ?? "",
  baselineYear: r.baselineYear === null ? "" : String(r.baselineYear),
  targetValue: r.targetValue ?? "",
  targetYear: r.targetYear === null ? "" : String(r.targetYear),
  dataSource: r.dataSource,
  ownerId: r.ownerId ?? "",
  frequency: r.frequency,
  dimensions: r.dimensions,
  objectiveIds: r.objectiveIds,
  charterArticles: r.charterArticles,
  udhrArticles: r.udhrArticles,
  sdgs: r.sdgs,
  groups: r.groups,
});
