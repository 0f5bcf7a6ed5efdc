import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { endOfDay } from "@/lib/kernel/dates";
import type { Prisma as CityPrisma } from "@/lib/generated/city/client";
import type { Prisma as ControlPrisma } from "@/lib/generated/control/client";
import { entitiesOf, entityArea, KNOWN_ENTITIES, KNOWN_PLATFORM_PREFIXES, platformActionArea, platformPrefixesOf } from "./areas";
import { fieldChanges, platformChanges, type AuditEntry } from "./records";
import { formatCursor, parseCursor, type AuditCursor, type AuditFilter } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditPage {
  entries: AuditEntry[];
  /** The cursor of the next (older) page, or null when this is the last. */
  next: string | null;
}

/**
 * Both lists run newest first in one order — time, then source ("p" before "c"), then id — so a
 * cursor names one place in the merged list and no entry is skipped or shown twice between pages,
 * even when entries share a millisecond.
 */
function cityAfter(c: AuditCursor | null): CityPrisma.AuditLogWhereInput {
  if (!c) return {};
  if (c.source === "p") return { at: { lte: c.at } };
  return { OR: [{ at: { lt: c.at } }, { at: c.at, id: { lt: c.id } }] };
}

function platformAfter(c: AuditCursor | null): ControlPrisma.PlatformAuditLogWhereInput {
  if (!c) return {};
  if (c.source === "c") return { at: { lt: c.at } };
  return { OR: [{ at: { lt: c.at } }, { at: c.at, id: { lt: c.id } }] };
}

function period(filter: AuditFilter): { gte?: Date; lte?: Date } | undefined {
  if (!filter.from && !filter.to) return undefined;
  return { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}), ...(filter.to ? { lte: endOfDay(filter.to) } : {}) };
}

function actorWhere(filter: AuditFilter): { actorId?: string | null } {
  if (filter.actor === "system") return { actorId: null };
  return filter.actor ? { actorId: filter.actor } : {};
}

function cityWhere(filter: AuditFilter, cursor: AuditCursor | null): CityPrisma.AuditLogWhereInput {
  const at = period(filter);
  const entity = filter.area === "" ? undefined : filter.area === "other" ? { entity: { notIn: KNOWN_ENTITIES } } : { entity: { in: entitiesOf(filter.area) } };
  return { AND: [cityAfter(cursor), actorWhere(filter), at ? { at } : {}, entity ?? {}] };
}

/** Null when the area has no platform entries (then the platform log is not read at all). */
function platformWhere(cityId: string, filter: AuditFilter, cursor: AuditCursor | null): ControlPrisma.PlatformAuditLogWhereInput | null {
  const at = period(filter);
  let action: ControlPrisma.PlatformAuditLogWhereInput = {};
  if (filter.area === "other") action = { AND: KNOWN_PLATFORM_PREFIXES.map((p) => ({ NOT: { action: { startsWith: p } } })) };
  else if (filter.area) {
    const prefixes = platformPrefixesOf(filter.area);
    if (prefixes.length === 0) return null;
    action = { OR: prefixes.map((p) => ({ action: { startsWith: p } })) };
  }
  return { AND: [{ cityId }, platformAfter(cursor), actorWhere(filter), at ? { at } : {}, action] };
}

/**
 * One page of what happened in a city, newest first: every change to its records (the city's
 * AuditLog) and what the platform recorded about it (members, roles, sign-in providers, settings).
 * Reading it changes nothing and is not itself recorded.
 */
export async function listAuditEntries(db: CityDb, cityId: string, filter: AuditFilter, limit = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const cursor = filter.cursor ? parseCursor(filter.cursor) : null;
  const pWhere = platformWhere(cityId, filter, cursor);
  const [cityRows, platformRows] = await Promise.all([
    db.auditLog.findMany({ where: cityWhere(filter, cursor), orderBy: [{ at: "desc" }, { id: "desc" }], take: limit + 1 }),
    pWhere ? controlDb().platformAuditLog.findMany({ where: pWhere, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit + 1 }) : Promise.resolve([]),
  ]);
  const merged: AuditEntry[] = [
    ...cityRows.map((r) => ({
      key: formatCursor({ at: r.at, source: "c", id: r.id }),
      source: "city" as const,
      at: r.at,
      actorId: r.actorId,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      area: entityArea(r.entity),
      changes: fieldChanges(r.before, r.after),
      full: { before: r.before ?? undefined, after: r.after ?? undefined },
    })),
    ...platformRows.map((r) => ({
      key: formatCursor({ at: r.at, source: "p", id: r.id }),
      source: "platform" as const,
      at: r.at,
      actorId: r.actorId,
      action: r.action,
      entity: null,
      entityId: r.target,
      area: platformActionArea(r.action),
      changes: platformChanges(r.details),
      full: { after: r.details ?? undefined },
    })),
  ].sort((x, y) => y.at.getTime() - x.at.getTime() || (x.source === y.source ? 0 : x.source === "platform" ? -1 : 1) || compareIdsDesc(x.key, y.key));
  const entries = merged.slice(0, limit);
  return { entries, next: merged.length > limit ? entries[entries.length - 1]!.key : null };
}

function compareIdsDesc(a: string, b: string): number {
  const ia = BigInt(a.slice(a.lastIndexOf("_") + 1));
  const ib = BigInt(b.slice(b.lastIndexOf("_") + 1));
  return ia === ib ? 0 : ia > ib ? -1 : 1;
}

/** Every entry the filter selects (for the export), page by page; at most `max`. */
export async function listAllAuditEntries(
  db: CityDb,
  cityId: string,
  filter: AuditFilter,
  max: number,
): Promise<{ entries: AuditEntry[]; truncated: boolean }> {
  const out: AuditEntry[] = [];
  let cursor = "";
  for (;;) {
    const page = await listAuditEntries(db, cityId, { ...filter, cursor }, 1000);
    out.push(...page.entries);
    if (!page.next) return { entries: out, truncated: false };
    if (out.length >= max) return { entries: out.slice(0, max), truncated: true };
    cursor = page.next;
  }
}
