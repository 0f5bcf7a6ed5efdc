import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { CommitmentStatus, Layer } from "@/lib/generated/city/enums";
import { startOfUtcDay } from "@/lib/kernel/dates";
import { staleCutoff } from "./stale";

/** What a reminder, the digest and the "needs an update" list show of a commitment. */
export interface AttentionItem {
  id: string;
  elementKey: string | null;
  layer: Layer;
  title: string;
  status: CommitmentStatus;
  ownerId: string | null;
  lastUpdateAt: Date;
  lastReminderAt: Date | null;
  targetDate: Date | null;
  updatedAt: Date;
}

const SELECT = {
  id: true,
  elementKey: true,
  layer: true,
  title: true,
  status: true,
  ownerId: true,
  lastUpdateAt: true,
  lastReminderAt: true,
  targetDate: true,
  updatedAt: true,
} as const;

// Framework elements first in key order, then the city's own commitments by title.
const ORDER = [{ elementKey: { sort: "asc", nulls: "last" } }, { title: "asc" }] as const;

/**
 * Stale commitments of a city (see ./stale.ts), the longest-untouched first within the order
 * above; `ownerId` narrows to one owner's. The same condition as `isStale`, in SQL.
 */
export async function listStaleCommitments(db: CityDb, opts: { intervalDays: number; now: Date; ownerId?: string }): Promise<AttentionItem[]> {
  return db.commitment.findMany({
    where: { lastUpdateAt: { lt: staleCutoff(opts.now, opts.intervalDays) }, ...(opts.ownerId ? { ownerId: opts.ownerId } : {}) },
    select: SELECT,
    orderBy: [...ORDER],
  });
}

/** Commitments past their target date that are not in place (see `isOverdue`). */
export async function listOverdueCommitments(db: CityDb, opts: { now: Date; ownerId?: string }): Promise<AttentionItem[]> {
  return db.commitment.findMany({
    where: {
      targetDate: { lt: startOfUtcDay(opts.now) },
      status: { not: "in_place" },
      ...(opts.ownerId ? { ownerId: opts.ownerId } : {}),
    },
    select: SELECT,
    orderBy: [{ targetDate: "asc" }, ...ORDER],
  });
}
