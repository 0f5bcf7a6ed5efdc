/**
 * When a commitment is "stale" and when it is "overdue". Pure, so the reminder job, the
 * notifications page and the tests all share one definition.
 *
 * - Stale: its status, progress or maturity has not changed for longer than the city's update
 *   interval (City.updateIntervalDays): `lastUpdateAt` is strictly before `now − interval`. Every
 *   commitment counts, "in place" too: a commitment that is in place still needs to be confirmed.
 * - Overdue: its target date lies before today (UTC calendar day) and it is not "in place".
 * - Due for a reminder: stale, and its owner has not been reminded within the interval
 *   (`lastReminderAt` absent or before `now − interval`), so an owner hears once per interval.
 */
import { startOfUtcDay } from "@/lib/kernel/dates";

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_UPDATE_INTERVAL_DAYS = 90;
export const MIN_UPDATE_INTERVAL_DAYS = 1;
export const MAX_UPDATE_INTERVAL_DAYS = 730;

/** The moment before which a last update makes a commitment stale. */
export function staleCutoff(now: Date, intervalDays: number): Date {
  return new Date(now.getTime() - intervalDays * DAY_MS);
}

export function isStale(c: { lastUpdateAt: Date }, intervalDays: number, now: Date): boolean {
  return c.lastUpdateAt.getTime() < staleCutoff(now, intervalDays).getTime();
}

export function isDueForReminder(c: { lastUpdateAt: Date; lastReminderAt: Date | null }, intervalDays: number, now: Date): boolean {
  if (!isStale(c, intervalDays, now)) return false;
  return c.lastReminderAt === null || c.lastReminderAt.getTime() < staleCutoff(now, intervalDays).getTime();
}

export function isOverdue(c: { targetDate: Date | null; status: string }, now: Date): boolean {
  return c.targetDate !== null && c.status !== "in_place" && c.targetDate.getTime() < startOfUtcDay(now).getTime();
}

/** Whole days since the last update, for "no update for 120 days". */
export function daysSince(date: Date, now: Date): number {
  return Math.floor((now.getTime() - date.getTime()) / DAY_MS);
}
