import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { RawTable } from "@/lib/features/commitments/spreadsheet/columns";
import type { PlanImportKind, PreviewCounts, PreviewRow } from "./import-types";
import { loadActionState, loadMeasurementState } from "./load-plan-data";
import { planActionImport } from "./plan-action-import";
import { planMeasurementImport } from "./plan-measurement-import";

/** The preview of an upload, checked against what is stored now (the apply step checks again). */
export async function previewPlanImport(
  db: CityDb,
  kind: PlanImportKind,
  planId: string,
  table: RawTable<string>,
): Promise<{ rows: PreviewRow[]; counts: PreviewCounts; applicable: boolean }> {
  if (kind === "measurements") return planMeasurementImport(table, await loadMeasurementState(db, planId));
  return planActionImport(table, (await loadActionState(db, planId)).state);
}
