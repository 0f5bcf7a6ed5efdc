import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { ExportRow } from "./columns";
import { loadPlanState } from "./load-state";
import { dayString } from "./plan-import";
import { isoDate } from "@/lib/kernel/dates";

/** The spreadsheet rows of every commitment of a city, in the columns import reads back. */
export async function exportCommitmentRows(db: CityDb, cityId: string): Promise<ExportRow[]> {
  const { state, commitments } = await loadPlanState(db, cityId);
  const deptName = new Map(state.departments.map((d) => [d.id, d.name]));
  return commitments.map((c) => ({
    key: c.elementKey ?? c.id,
    layer: c.layer,
    title: c.title,
    status: c.status,
    progress: c.progress,
    maturity: c.maturity,
    owner_email: c.ownerId ? (state.ownerEmails.get(c.ownerId) ?? "") : "",
    department: c.departmentId ? (deptName.get(c.departmentId) ?? "") : "",
    start_date: dayString(c.startDate),
    target_date: dayString(c.targetDate),
    note: "",
    version: c.version,
  }));
}

/** "charta-amsterdam-commitments-2025-06-30.csv": the city in the name, so files of two cities never mix up. */
export function exportFileName(citySlug: string, format: "csv" | "xlsx", now = new Date()): string {
  return `charta-${citySlug}-commitments-${isoDate(now)}.${format}`;
}
