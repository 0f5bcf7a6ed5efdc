/**
 * When an action plan needs its owners' attention. Pure, so the reminder job and the tests share
 * one definition. Only adopted plans are watched: a draft is not running yet and a closed plan is
 * finished, so neither should nag anyone.
 *
 * - Action past due: its due date lies before today (UTC calendar day) and it is neither done nor
 *   cancelled. Its owner is reminded once per due date: a later due date that passes again
 *   reminds again (`lastReminderAt` before the due date).
 * - Indicator update due: the period after the latest measured one has ended, so its figure could
 *   be entered (yearly, latest 2024 → due from 1 January 2026). Without measurements, the period
 *   in which the indicator started counting (its creation, not before the plan's start) must end.
 *   Its owner is reminded once per due date.
 */
import { startOfUtcDay } from "@/lib/kernel/dates";

export type Frequency = "monthly" | "quarterly" | "yearly";

const MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** The first day of the period of `frequency` that contains `date` (UTC). */
export function periodFloor(date: Date, frequency: Frequency): Date {
  const months = MONTHS[frequency];
  const m = date.getUTCMonth();
  return new Date(Date.UTC(date.getUTCFullYear(), m - (m % months), 1));
}

function addPeriods(start: Date, frequency: Frequency, n: number): Date {
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + n * MONTHS[frequency], 1));
}

/** The day from which the indicator's next figure is due. */
export function indicatorDueDate(input: { frequency: Frequency; latestPeriodStart: Date | null; createdAt: Date; planStart: Date }): Date {
  if (input.latestPeriodStart) return addPeriods(periodFloor(input.latestPeriodStart, input.frequency), input.frequency, 2);
  const from = input.createdAt > input.planStart ? input.createdAt : input.planStart;
  return addPeriods(periodFloor(from, input.frequency), input.frequency, 1);
}

/** Due and not yet reminded for this due date. */
export function isReminderDue(dueDate: Date, lastReminderAt: Date | null, now: Date): boolean {
  return dueDate.getTime() <= now.getTime() && (lastReminderAt === null || lastReminderAt.getTime() < dueDate.getTime());
}

export function isActionPastDue(a: { dueDate: Date | null; status: string }, now: Date): boolean {
  return a.dueDate !== null && a.status !== "done" && a.status !== "cancelled" && a.dueDate.getTime() < startOfUtcDay(now).getTime();
}
