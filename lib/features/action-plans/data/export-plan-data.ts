import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { ACTION_COLUMNS, type ActionExportRow } from "./action-columns";
import type { PlanImportKind } from "./import-types";
import { loadActionState, loadMeasurementState } from "./load-plan-data";
import { MEASUREMENT_COLUMNS, type MeasurementExportRow } from "./measurement-columns";
import { formatBreakdown } from "./plan-measurement-import";
import { isoDate } from "@/lib/kernel/dates";

/** Every measurement of the plan's indicators, indicator by indicator, oldest period first. */
export async function exportMeasurementRows(db: CityDb, planId: string): Promise<MeasurementExportRow[]> {
  const { indicators, measurements } = await loadMeasurementState(db, planId);
  return indicators.flatMap((i) =>
    measurements
      .filter((m) => m.indicatorId === i.id)
      .map((m) => ({
        indicator_id: i.id,
        indicator: i.name,
        unit: i.unit,
        period: m.period,
        value: m.value,
        breakdown: formatBreakdown(m.breakdown),
        source_note: m.sourceNote,
        reason: "",
        version: m.version,
      })),
  );
}

/** Every action of the plan with its current state, as the import reads it back. */
export async function exportActionRows(db: CityDb, planId: string): Promise<ActionExportRow[]> {
  const { rows, state } = await loadActionState(db, planId);
  return state.map((a, n) => ({
    action_id: a.id,
    objective: a.objectiveTitle,
    action: a.title,
    due_date: rows[n]!.dueDate ? isoDate(rows[n]!.dueDate!) : "",
    status: a.status,
    progress: a.progress,
    status_reason: a.statusReason,
    budget_spent: a.budgetSpent,
    note: "",
    version: a.version,
  }));
}

export const EXPORT_COLUMNS = { measurements: MEASUREMENT_COLUMNS, actions: ACTION_COLUMNS } as const;

/** "charta-zonnestad-plan-measurements-2025-06-30.csv": city and kind in the name. */
export function planExportFileName(citySlug: string, kind: PlanImportKind, now = new Date()): string {
  return `charta-${citySlug}-plan-${kind}-${isoDate(now)}.csv`;
}
