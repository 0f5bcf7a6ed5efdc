import { z } from "zod";
import { GROUP_KEY, numberList } from "@/lib/features/commitments/schema";
import { FREQUENCIES } from "./periods";
import type { IndicatorAccumulation } from "@/lib/generated/city/enums";
import type { Equal, Expect } from "@/lib/kernel/type-equal";

/**
 * Schemas of indicators and measurements, shared by the forms and the Server Actions. Messages
 * are keys of lib/features/indicators/messages.ts.
 */
export const INDICATOR_TYPES = ["structure", "process", "outcome"] as const;
export type IndicatorTypeValue = (typeof INDICATOR_TYPES)[number];
export const DIRECTIONS = ["higher", "lower"] as const;
export type DirectionValue = (typeof DIRECTIONS)[number];
/**
 * How an indicator's figures add up: each measurement stands alone ("people trained this year") or
 * is the running total so far. Decides what is compared with the target (target-status.ts).
 */
export const ACCUMULATIONS = ["per_period", "cumulative"] as const satisfies readonly IndicatorAccumulation[];
export type AccumulationValue = (typeof ACCUMULATIONS)[number];
type _AccumulationsCoverEnum = Expect<Equal<AccumulationValue, IndicatorAccumulation>>;
/** Built-in disaggregation dimensions (labels in the messages); the categories are the city's. */
export const DIMENSIONS = ["gender", "age_group", "district", "disability", "migration_background", "income_group"] as const;
export type DimensionValue = (typeof DIMENSIONS)[number];

const V = (key: string) => `indicators.validation.${key}`;
const id = z.uuid({ error: V("idInvalid") });
const version = z
  .number({ error: V("versionInvalid") })
  .int()
  .min(1, { error: V("versionInvalid") });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: V("textTooLong") });
/** A number as typed ("12.5", "-3"): text, so the stored decimal is exactly what was entered. */
export const NUMBER = /^-?\d{1,14}(\.\d{1,4})?$/;
const decimalOrEmpty = z
  .string()
  .trim()
  .refine((s) => s === "" || NUMBER.test(s), { error: V("valueInvalid") });
const yearOrEmpty = z
  .string()
  .trim()
  .refine((s) => s === "" || (/^\d{4}$/.test(s) && Number(s) >= 1900 && Number(s) <= 2200), { error: V("yearInvalid") });

const indicatorFields = {
  name: z
    .string()
    .trim()
    .min(1, { error: V("nameRequired") })
    .max(200, { error: V("nameTooLong") }),
  definition: text(5000),
  type: z.enum(INDICATOR_TYPES, { error: V("typeInvalid") }),
  unit: text(50),
  direction: z.enum(DIRECTIONS, { error: V("directionInvalid") }),
  // Absent (a client from before the field): per period, as every existing indicator.
  accumulation: z.enum(ACCUMULATIONS, { error: V("accumulationInvalid") }).default("per_period"),
  baselineValue: decimalOrEmpty,
  baselineYear: yearOrEmpty,
  targetValue: decimalOrEmpty,
  targetYear: yearOrEmpty,
  dataSource: text(1000),
  ownerId: z.string().refine((s) => s === "" || z.uuid().safeParse(s).success, { error: V("ownerInvalid") }),
  frequency: z.enum(FREQUENCIES, { error: V("frequencyInvalid") }),
  dimensions: z
    .array(z.enum(DIMENSIONS, { error: V("dimensionInvalid") }), { error: V("dimensionInvalid") })
    .refine((l) => new Set(l).size === l.length, { error: V("dimensionInvalid") }),
  objectiveIds: z.array(z.uuid({ error: V("objectiveUnknown") })).max(500, { error: V("objectiveUnknown") }),
  charterArticles: numberList(54, V("charterInvalid")),
  udhrArticles: numberList(30, V("udhrInvalid")),
  sdgs: numberList(17, V("sdgInvalid")),
  groups: z.array(z.string().regex(GROUP_KEY, { error: V("groupInvalid") })).max(200, { error: V("groupInvalid") }),
};

type Pairs = { baselineValue: string; baselineYear: string; targetValue: string; targetYear: string };
const indicatorRules = <T extends z.ZodType<Pairs>>(s: T) =>
  s
    // A value without its year (or the reverse) cannot be placed on the path to the target.
    .refine((v) => (v.baselineValue === "") === (v.baselineYear === ""), { path: ["baselineYear"], error: V("valueAndYear") })
    .refine((v) => (v.targetValue === "") === (v.targetYear === ""), { path: ["targetYear"], error: V("valueAndYear") })
    .refine((v) => !v.baselineYear || !v.targetYear || Number(v.targetYear) > Number(v.baselineYear), {
      path: ["targetYear"],
      error: V("targetBeforeBaseline"),
    });

export const ZIndicatorCreate = indicatorRules(z.object({ planId: id, ...indicatorFields }));
export const ZIndicatorEdit = indicatorRules(z.object({ id, version, ...indicatorFields }));
export type TIndicatorCreate = z.infer<typeof ZIndicatorCreate>;
export type TIndicatorEdit = z.infer<typeof ZIndicatorEdit>;

/** One disaggregated value: dimension, category ("women", "65+", "North") and value. */
export const ZBreakdownRow = z.object({
  dimension: z.enum(DIMENSIONS, { error: V("dimensionInvalid") }),
  category: z
    .string()
    .trim()
    .min(1, { error: V("categoryRequired") })
    .max(100, { error: V("textTooLong") }),
  value: z
    .string()
    .trim()
    .regex(NUMBER, { error: V("valueInvalid") }),
});
export type TBreakdownRow = z.infer<typeof ZBreakdownRow>;

const measurementFields = {
  value: z
    .string()
    .trim()
    .regex(NUMBER, { error: V("valueInvalid") }),
  breakdown: z
    .array(ZBreakdownRow)
    .max(500, { error: V("breakdownTooLong") })
    .refine((rows) => new Set(rows.map((r) => `${r.dimension}|${r.category.toLowerCase()}`)).size === rows.length, { error: V("categoryTwice") }),
  sourceNote: text(1000),
};

/** A new measurement for a period (the label must match the indicator's frequency; checked on the server). */
export const ZMeasurementCreate = z.object({
  indicatorId: id,
  period: z
    .string()
    .trim()
    .min(1, { error: V("periodInvalid") })
    .max(10, { error: V("periodInvalid") }),
  ...measurementFields,
});
export type TMeasurementCreate = z.infer<typeof ZMeasurementCreate>;

/** A correction: the earlier values go to the measurement's history, with the reason. */
export const ZMeasurementCorrect = z.object({
  id,
  version,
  ...measurementFields,
  reason: z
    .string()
    .trim()
    .min(1, { error: V("reasonRequired") })
    .max(1000, { error: V("textTooLong") }),
});
export type TMeasurementCorrect = z.infer<typeof ZMeasurementCorrect>;

export const ZIndicatorDelete = z.object({ id, version });
