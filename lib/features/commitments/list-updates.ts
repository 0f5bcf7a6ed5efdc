import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { listMembers } from "@/lib/features/members/list-members";
import type { CommitmentStatusValue, MaturityValue } from "./schema";
import { parseFieldChanges, type FieldChangeRecord } from "./field-changes";

/** One entry of a commitment's timeline, with the author's name resolved. */
export interface TimelineEntry {
  id: string;
  at: Date;
  /** "member": a current member (name set); "former": someone no longer a member; "unknown": no author recorded. */
  author: { kind: "member"; name: string } | { kind: "former" } | { kind: "unknown" };
  source: string;
  note: string;
  status: { from: CommitmentStatusValue; to: CommitmentStatusValue } | null;
  progress: { from: number; to: number } | null;
  maturity: { from: MaturityValue; to: MaturityValue } | null;
  /**
   * The other fields the same save changed (text, owner, department, dates, links…). An owner's
   * fromName/toName is the current member's name, absent for someone no longer a member; a
   * department's is its name at the time.
   */
  fields: FieldChangeRecord[];
}

/** Enough for years of quarterly updates; the page says when older entries are left out. */
export const TIMELINE_LIMIT = 200;

type Author = TimelineEntry["author"];

/**
 * A commitment's history, newest first: the updates of status, progress or maturity, each with
 * the other fields changed in the same save, and the saves that changed only other fields. Names
 * come from the city's current members: someone who left the city shows as a former member rather
 * than by a name the city no longer holds.
 */
export async function listCommitmentUpdates(
  db: CityDb,
  cityId: string,
  commitmentId: string,
  /** The city's members when the caller has them already. */
  knownMembers?: { userId: string; name: string }[],
): Promise<{ entries: TimelineEntry[]; total: number }> {
  const newestFirst = [{ at: "desc" as const }, { id: "desc" as const }];
  const [rows, updateCount, fieldRows, fieldOnlyCount, members] = await Promise.all([
    db.commitmentUpdate.findMany({ where: { commitmentId }, orderBy: newestFirst, take: TIMELINE_LIMIT, include: { fieldChange: true } }),
    db.commitmentUpdate.count({ where: { commitmentId } }),
    db.commitmentFieldChange.findMany({ where: { commitmentId, updateId: null }, orderBy: newestFirst, take: TIMELINE_LIMIT }),
    db.commitmentFieldChange.count({ where: { commitmentId, updateId: null } }),
    knownMembers ?? listMembers(cityId),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const author = (id: string | null): Author => {
    const name = id ? names.get(id) : undefined;
    return name !== undefined ? { kind: "member", name } : id ? { kind: "former" } : { kind: "unknown" };
  };
  const fields = (json: unknown): FieldChangeRecord[] =>
    parseFieldChanges(json).map((c) => {
      if (c.field !== "ownerId") return c;
      const { fromName: _f, toName: _t, ...rest } = c;
      const fromName = typeof c.from === "string" ? names.get(c.from) : undefined;
      const toName = typeof c.to === "string" ? names.get(c.to) : undefined;
      return { ...rest, ...(fromName !== undefined ? { fromName } : {}), ...(toName !== undefined ? { toName } : {}) };
    });

  const updates = rows.map((r): TimelineEntry => ({
    id: r.id,
    at: r.at,
    author: author(r.authorId),
    source: r.source,
    note: r.note,
    status: r.fromStatus && r.toStatus ? { from: r.fromStatus, to: r.toStatus } : null,
    progress: r.fromProgress !== null && r.toProgress !== null ? { from: r.fromProgress, to: r.toProgress } : null,
    maturity: r.fromMaturity && r.toMaturity ? { from: r.fromMaturity, to: r.toMaturity } : null,
    fields: r.fieldChange ? fields(r.fieldChange.fields) : [],
  }));
  const others = fieldRows.map((r): TimelineEntry => ({
    id: r.id,
    at: r.at,
    author: author(r.authorId),
    source: r.source,
    note: r.note,
    status: null,
    progress: null,
    maturity: null,
    fields: fields(r.fields),
  }));
  const entries = [...updates, ...others].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1)).slice(0, TIMELINE_LIMIT);
  return { entries, total: updateCount + fieldOnlyCount };
}
