import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { listMembers } from "@/lib/features/members/list-members";
import type { CommitmentStatusValue, MaturityValue } from "./schema";

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
}

/** Enough for years of quarterly updates; the page says when older entries are left out. */
export const TIMELINE_LIMIT = 200;

/**
 * A commitment's history, newest first. Names come from the city's current members: someone who
 * left the city shows as a former member rather than by a name the city no longer holds.
 */
export async function listCommitmentUpdates(
  db: CityDb,
  cityId: string,
  commitmentId: string,
  /** The city's members when the caller has them already. */
  knownMembers?: { userId: string; name: string }[],
): Promise<{ entries: TimelineEntry[]; total: number }> {
  const [rows, total, members] = await Promise.all([
    db.commitmentUpdate.findMany({ where: { commitmentId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: TIMELINE_LIMIT }),
    db.commitmentUpdate.count({ where: { commitmentId } }),
    knownMembers ?? listMembers(cityId),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const entries = rows.map((r): TimelineEntry => {
    const name = r.authorId ? names.get(r.authorId) : undefined;
    return {
      id: r.id,
      at: r.at,
      author: name !== undefined ? { kind: "member", name } : r.authorId ? { kind: "former" } : { kind: "unknown" },
      source: r.source,
      note: r.note,
      status: r.fromStatus && r.toStatus ? { from: r.fromStatus, to: r.toStatus } : null,
      progress: r.fromProgress !== null && r.toProgress !== null ? { from: r.fromProgress, to: r.toProgress } : null,
      maturity: r.fromMaturity && r.toMaturity ? { from: r.fromMaturity, to: r.toMaturity } : null,
    };
  });
  return { entries, total };
}
