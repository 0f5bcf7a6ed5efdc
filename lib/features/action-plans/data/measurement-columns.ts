import type { ColumnSet } from "@/lib/kernel/sheets/table";

/**
 * The measurements sheet: one row per indicator and period, the same columns for export and
 * import. An indicator is found by its id or, in a hand-made file, by its exact name within the
 * plan. Disaggregated values are written "dimension:category=value", separated by ";", e.g.
 * "district:North=52; district:South=47.5".
 */
export const MEASUREMENT_COLUMNS = ["indicator_id", "indicator", "unit", "period", "value", "breakdown", "source_note", "reason", "version"] as const;
export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];

export const MEASUREMENT_SET: ColumnSet<MeasurementColumn> = { columns: MEASUREMENT_COLUMNS, required: ["period", "value"] };

/** Columns the import reads; indicator_id/indicator find the indicator, unit is for reading only. */
export const MEASUREMENT_EDITABLE: readonly MeasurementColumn[] = ["period", "value", "breakdown", "source_note", "reason"];

export type MeasurementExportRow = Record<MeasurementColumn, string | number>;

export const MAX_SOURCE_NOTE = 1000;
export const MAX_REASON = 1000;
export const MAX_CATEGORY = 100;
