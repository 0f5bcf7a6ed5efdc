import "server-only";
import { isIP } from "node:net";
import { controlDb } from "@/lib/db/control";

/**
 * Sign-in throttling, stored in control.LoginFailure so it holds across every app instance.
 *
 * - Per account: after LOGIN_MAX_FAILURES_PER_ACCOUNT (100) failures within an hour, further
 *   attempts are refused — even with the right password — until enough of those failures have left
 *   the window. Refused attempts are not recorded, so the "try again after" time holds still.
 * - Per IP: a much higher limit (LOGIN_MAX_FAILURES_PER_IP, 1000), because a whole city hall signs
 *   in from one NAT address and one person's typos must not lock out their colleagues.
 * - A successful sign-in clears nothing; counts only decay with time. If success reset them, an
 *   attacker would interleave sign-ins to an account they own (resetting the per-IP count) and the
 *   victim's own sign-ins would reset the per-account count, each time buying another 100 guesses.
 */
export const THROTTLE_WINDOW_MS = 60 * 60 * 1000;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Read on every call, so a changed environment (or a test) takes effect without a restart. */
export function throttleLimits(): { account: number; ip: number } {
  return {
    account: positiveInt(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT, 100),
    ip: positiveInt(process.env.LOGIN_MAX_FAILURES_PER_IP, 1000),
  };
}

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip}`;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined | null;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The client's address: the first X-Forwarded-For entry, else X-Real-IP. These headers are only
 * trustworthy behind a proxy that overwrites them; a client that forges them can dodge the per-IP
 * limit, never the per-account one. Anything that is not an IP address is ignored.
 */
export function clientIp(headers: HeaderBag): string | null {
  const candidates = [header(headers, "x-forwarded-for")?.split(",")[0], header(headers, "x-real-ip")];
  for (const raw of candidates) {
    const ip = raw?.trim().replace(/^::ffff:(?=\d+\.)/, "");
    if (ip && isIP(ip)) return ip;
  }
  return null;
}

/**
 * When attempts under `key` are allowed again, or null if they are allowed now: the moment the
 * `limit`-th most recent failure leaves the window (after that fewer than `limit` remain).
 */
export async function retryAtFor(key: string, limit: number, now = new Date(), windowMs = THROTTLE_WINDOW_MS): Promise<Date | null> {
  const nth = await controlDb().loginFailure.findFirst({
    where: { key, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    orderBy: { createdAt: "desc" },
    skip: limit - 1,
    select: { createdAt: true },
  });
  return nth ? new Date(nth.createdAt.getTime() + windowMs) : null;
}

/** Null when this sign-in may be attempted; otherwise when it may be attempted again. */
export async function loginRetryAt(who: { email: string; ip: string | null }, now = new Date()): Promise<Date | null> {
  const limits = throttleLimits();
  const [byAccount, byIp] = await Promise.all([
    retryAtFor(accountKey(who.email), limits.account, now),
    who.ip ? retryAtFor(ipKey(who.ip), limits.ip, now) : Promise.resolve(null),
  ]);
  if (byAccount && byIp) return byAccount > byIp ? byAccount : byIp;
  return byAccount ?? byIp;
}

/** Counts one attempt under each key and drops those keys' rows that left the window. */
export async function recordAttempt(keys: string[], now = new Date(), windowMs = THROTTLE_WINDOW_MS): Promise<void> {
  const db = controlDb();
  await db.loginFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
  await db.loginFailure.deleteMany({ where: { key: { in: keys }, createdAt: { lt: new Date(now.getTime() - windowMs) } } });
}

export async function recordLoginFailure(who: { email: string; ip: string | null }, now = new Date()): Promise<void> {
  await recordAttempt(who.ip ? [accountKey(who.email), ipKey(who.ip)] : [accountKey(who.email)], now);
}
