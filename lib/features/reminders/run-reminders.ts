import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import { isTransientDbError } from "@/lib/kernel/db/transient-error";
import { log } from "@/lib/kernel/log";
import { remindCity, type CityReminderResult } from "./remind-city";

/**
 * The daily reminder run (scheduled by lib/kernel/jobs/worker.ts, called directly by tests): for every
 * active city, remind owners of stale commitments, of actions past due and of indicator figures
 * due (adopted action plans), and send the admins their digest. A city whose run meets a transient
 * database error (an overlapping run's lock, a busy server) is tried again, up to three times; one city's
 * failure is logged and does not stop the others. Safe to run any number of times: what was sent
 * is recorded (Commitment.lastReminderAt, the digest notification), so a second run the same day
 * sends nothing new.
 */
export interface ReminderRunSummary extends Omit<CityReminderResult, "slug"> {
  cities: number;
  failedCities: string[];
}

const ATTEMPTS = 3;

async function remindWithRetries(city: Parameters<typeof remindCity>[0], now: Date) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await remindCity(city, now);
    } catch (err) {
      if (!isTransientDbError(err) || attempt >= ATTEMPTS) throw err;
      log("warn", "reminders for a city meet a transient database error; trying again", { city: city.slug, attempt, err });
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + 150 * Math.random()));
    }
  }
}

export async function runReminders(opts: { now?: Date; cities?: string[] } = {}): Promise<ReminderRunSummary> {
  const now = opts.now ?? new Date();
  const cities = await controlDb().city.findMany({
    where: { status: "active", provisionedAt: { not: null }, ...(opts.cities ? { slug: { in: opts.cities } } : {}) },
    orderBy: { slug: "asc" },
  });
  const summary: ReminderRunSummary = {
    cities: cities.length,
    remindedCommitments: 0,
    ownerReminders: 0,
    digests: 0,
    remindedActions: 0,
    remindedIndicators: 0,
    planReminders: 0,
    emailsSent: 0,
    failedCities: [],
  };
  for (const city of cities) {
    try {
      const r = await remindWithRetries(city, now);
      summary.remindedCommitments += r.remindedCommitments;
      summary.ownerReminders += r.ownerReminders;
      summary.digests += r.digests;
      summary.remindedActions += r.remindedActions;
      summary.remindedIndicators += r.remindedIndicators;
      summary.planReminders += r.planReminders;
      summary.emailsSent += r.emailsSent;
    } catch (err) {
      summary.failedCities.push(city.slug);
      log("error", "reminders failed for a city", { city: city.slug, err });
    }
  }
  log("info", "reminders run", { ...summary, now: now.toISOString() });
  return summary;
}
