/**
 * Calendar dates as "YYYY-MM-DD" strings, computed in UTC. The history stores instants; a day
 * ("as it stood on 12 March 2025") means up to and including the last millisecond of that day, UTC.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" of an instant (UTC). */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Midnight UTC of `now`'s calendar day: dates (`@db.Date`) are stored as UTC midnight. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Whether `s` is a real calendar date written "YYYY-MM-DD" (2025-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return !Number.isNaN(d.getTime()) && isoDate(d) === s;
}

/** The last millisecond of the day (UTC): everything that happened on that day counts. */
export function endOfDay(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`);
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/**
 * The last day of each of the `count` months ending with the month of `day`, oldest first; the
 * last entry is `day` itself (the current month is shown as it stands on that day).
 */
export function monthEnds(day: string, count: number): string[] {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 1; i--) {
    // Day 0 of the next month is the last day of this one.
    out.push(isoDate(new Date(Date.UTC(y, m - 1 - i + 1, 0))));
  }
  out.push(day);
  return out;
}

/**
 * The latest day a decision taken by now can carry: today where the day has begun first (UTC+14),
 * so a decision taken today anywhere is accepted and one dated tomorrow everywhere is not.
 */
export function latestDecisionDay(now = new Date()): string {
  return isoDate(new Date(now.getTime() + 14 * 3_600_000));
}
