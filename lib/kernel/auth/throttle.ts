import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import type { Prisma } from "@/lib/generated/control/client";

/**
 * Counters in control.LoginThrottle, shared by every app instance. An attempt is counted BEFORE
 * the password is checked (reserveAttempt) and handed back only when it succeeded
 * (releaseAttempt): checking a count, verifying, then writing the failure would let a burst of
 * parallel guesses all pass the check before the first failure was written. Every change is one
 * conditional UPDATE (the row lock makes parallel reservations queue and re-check), so no count is
 * lost and no limit is overrun.
 *
 * A limit is either hard (`max` attempts per window, then refused until the window ends) or
 * progressive (`free` attempts, then each further attempt must wait twice as long as the one
 * before, up to `maxDelayMs`): an account under attack slows the attacker down without ever
 * locking the account for long.
 */
export interface Limit {
  key: string;
  windowMs: number;
  /** Refused once this many attempts are counted in the window. */
  max: number;
  /** Progressive delay after this many attempts (omit for a hard limit only). */
  free?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export interface Reservation {
  keys: { key: string; windowStart: Date }[];
}

export type ReserveResult = { ok: true; reservation: Reservation } | { ok: false; retryAt: Date; key: string };

type Tx = Prisma.TransactionClient;

export function delayFor(limit: Limit, failures: number): number {
  if (limit.free === undefined || failures <= limit.free) return 0;
  const base = limit.baseDelayMs ?? 2000;
  const max = limit.maxDelayMs ?? 30 * 60_000;
  return Math.min(max, base * 2 ** Math.min(30, failures - limit.free - 1));
}

/** Counts one attempt under `limit`, or says until when none is allowed. Inside the caller's transaction. */
async function reserveOne(tx: Tx, limit: Limit, now: Date): Promise<{ ok: true; windowStart: Date } | { ok: false; retryAt: Date }> {
  const key = limit.key;
  await tx.loginThrottle.createMany({ data: [{ key, failures: 0, windowStart: now, updatedAt: now }], skipDuplicates: true });
  // A window that has passed starts over (only one of several parallel callers finds it expired).
  await tx.loginThrottle.updateMany({
    where: { key, windowStart: { lte: new Date(now.getTime() - limit.windowMs) } },
    data: { failures: 0, windowStart: now, blockedUntil: null },
  });
  const [row] = await tx.loginThrottle.updateManyAndReturn({
    where: { key, failures: { lt: limit.max }, OR: [{ blockedUntil: null }, { blockedUntil: { lte: now } }] },
    data: { failures: { increment: 1 }, updatedAt: now },
    select: { failures: true, windowStart: true },
  });
  if (!row) {
    const current = await tx.loginThrottle.findUniqueOrThrow({ where: { key }, select: { failures: true, windowStart: true, blockedUntil: true } });
    const windowEnd = new Date(current.windowStart.getTime() + limit.windowMs);
    const retryAt = current.failures >= limit.max ? windowEnd : (current.blockedUntil ?? windowEnd);
    return { ok: false, retryAt };
  }
  const delay = delayFor(limit, row.failures);
  // Still holding the row lock: a parallel reservation waiting on it sees this before it decides.
  if (delay > 0) await tx.loginThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + delay) } });
  return { ok: true, windowStart: row.windowStart };
}

/**
 * Counts one attempt under every limit, all or nothing: if one refuses, nothing is counted (a
 * refused attempt does not push the "try again after" time further out).
 */
export async function reserveAttempt(limits: Limit[], now = new Date()): Promise<ReserveResult> {
  // A fixed order of keys, so two transactions never wait for each other's rows in a circle.
  const sorted = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (!sorted.length) return { ok: true, reservation: { keys: [] } };
  class Refused extends Error {
    constructor(
      readonly retryAt: Date,
      readonly key: string,
    ) {
      super("refused");
    }
  }
  try {
    const keys = await controlDb().$transaction(
      async (tx) => {
        const reserved: Reservation["keys"] = [];
        for (const limit of sorted) {
          const r = await reserveOne(tx, limit, now);
          if (!r.ok) throw new Refused(r.retryAt, limit.key);
          reserved.push({ key: limit.key, windowStart: r.windowStart });
        }
        return reserved;
        // A burst of parallel attempts queues on the same rows; each waits its turn rather than fail.
      },
      { maxWait: 15_000, timeout: 15_000 },
    );
    return { ok: true, reservation: { keys } };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, retryAt: err.retryAt, key: err.key };
    throw err;
  }
}

/** The attempt succeeded: it is not a failure, so it no longer counts (unless its window started over). */
export async function releaseAttempt(reservation: Reservation): Promise<void> {
  const db = controlDb();
  for (const { key, windowStart } of reservation.keys) {
    await db.loginThrottle.updateMany({ where: { key, windowStart, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  }
}

/** Forgets the counts under these keys (a completed password reset clears the person's own address). */
export async function clearKeys(keys: string[]): Promise<void> {
  if (keys.length) await controlDb().loginThrottle.deleteMany({ where: { key: { in: keys } } });
}

const STALE_MS = 2 * 24 * 60 * 60 * 1000;

/** Drops counters nobody touched for two days (longer than any window). */
export async function pruneThrottle(now = new Date()): Promise<void> {
  await controlDb().loginThrottle.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - STALE_MS) } } });
}
