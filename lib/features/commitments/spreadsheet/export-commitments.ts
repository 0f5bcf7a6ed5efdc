import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { listCell, type ExportRow } from "./columns";
import { loadPlanState } from "./load-state";
import { dayString, publicCell } from "./plan-import";
import { isoDate } from "@/lib/kernel/dates";

/** The spreadsheet rows of every commitment of a city: every field a person can edit, in the columns import reads back. */
export async function exportCommitmentRows(db: CityDb, cityId: string): Promise<ExportRow[]> {
  const { state, commitments } = await loadPlanState(db, cityId);
  const deptName = new Map(state.departments.map((d) => [d.id, d.name]));
  return commitments.map((c) => ({
    key: c.elementKey ?? c.id,
    layer: c.layer,
    title: c.title,
    text: c.text,
    status: c.status,
    progress: c.progress,
    progress_mode: c.progressMode,
    maturity: c.maturity,
    owner_email: c.ownerId ? (state.ownerEmails.get(c.ownerId) ?? "") : "",
    department: c.departmentId ? (deptName.get(c.departmentId) ?? "") : "",
    start_date: dayString(c.startDate),
    target_date: dayString(c.targetDate),
    charter_articles: listCell(c.charterArticles),
    udhr_articles: listCell(c.udhrArticles),
    sdgs: listCell(c.sdgs),
    groups: listCell(c.groups),
    public: publicCell(c.isPublic),
    note: "",
    version: c.version,
  }));
}

/** "charta-amsterdam-commitments-2025-06-30.csv": the city in the name, so files of two cities never mix up. */
export function exportFileName(citySlug: string, format: "csv" | "xlsx", now = new Date()): string {
  return `charta-${citySlug}-commitments-${isoDate(now)}.${format}`;
}
