import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { Dictionary } from "@/lib/features/dictionary";
import { controlDb } from "@/lib/kernel/db/control";
import { writeCsv, type CsvValue } from "@/lib/kernel/sheets/write-csv";
import { actionLabel, entityLabel } from "./labels";
import { listAllAuditEntries } from "./list-audit";
import type { AuditFilter } from "./schema";

/** The export's ceiling: a city's whole history fits many times over; a runaway filter does not hold the server. */
export const AUDIT_EXPORT_MAX = 100_000;

/**
 * The entries the filter selects as CSV, newest first: when (ISO 8601, UTC), who (name and email),
 * the action as labelled on screen, the area, the record's type and id, and the values before and
 * after as recorded (JSON) — in full, not shortened as on the page.
 */
export async function exportAuditCsv(db: CityDb, cityId: string, filter: AuditFilter, d: Dictionary): Promise<string> {
  const { entries } = await listAllAuditEntries(db, cityId, { ...filter, cursor: "" }, AUDIT_EXPORT_MAX);
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => !!id))];
  // One query for both columns (kernel's userNames reads the same rows but gives names only).
  const people = actorIds.length ? await controlDb().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [];
  const names = new Map(people.map((u) => [u.id, u.name]));
  const emails = new Map(people.map((u) => [u.id, u.email]));
  const c = d.audit.csv;
  const rows: CsvValue[][] = [[c.when, c.who, c.whoEmail, c.action, c.area, c.record, c.recordId, c.before, c.after]];
  for (const e of entries) {
    const who = e.actorId ? names.get(e.actorId) || d.audit.table.formerMember : d.audit.table.system;
    rows.push([
      e.at.toISOString(),
      who,
      e.actorId ? (emails.get(e.actorId) ?? "") : "",
      actionLabel(d, e),
      d.audit.areas[e.area],
      entityLabel(d, e),
      e.entityId ?? "",
      e.full.before === undefined ? "" : JSON.stringify(e.full.before),
      e.full.after === undefined ? "" : JSON.stringify(e.full.after),
    ]);
  }
  return writeCsv(rows);
}

export function auditFileName(citySlug: string, now = new Date()): string {
  return `${citySlug}-audit-log-${now.toISOString().slice(0, 10)}.csv`;
}
