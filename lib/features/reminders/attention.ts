import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { userNames } from "@/lib/kernel/records/people";
import { listOverdueCommitments, listStaleCommitments, type AttentionItem } from "./list-stale";

export interface AttentionView extends AttentionItem {
  /** Null: no owner. Undefined name with an ownerId: a former member. */
  ownerName: string | null;
}

/**
 * The "needs an update" and "past the target date" lists of the notifications page: everything
 * for those who may edit commitments (officers, city admins), otherwise the person's own.
 */
export async function loadAttention(
  db: CityDb,
  opts: { intervalDays: number; userId: string; all: boolean; now?: Date },
): Promise<{ stale: AttentionView[]; overdue: AttentionView[] }> {
  const now = opts.now ?? new Date();
  const ownerId = opts.all ? undefined : opts.userId;
  const stale = await listStaleCommitments(db, { intervalDays: opts.intervalDays, now, ownerId });
  const overdue = await listOverdueCommitments(db, { now, ownerId });
  const names = await userNames([...stale, ...overdue].map((c) => c.ownerId));
  const view = (c: AttentionItem): AttentionView => ({ ...c, ownerName: c.ownerId ? (names.get(c.ownerId) ?? "") : null });
  return { stale: stale.map(view), overdue: overdue.map(view) };
}
