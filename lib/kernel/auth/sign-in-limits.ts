import "server-only";
import type { Limit } from "./throttle";

/**
 * Which counters a password attempt (sign-in, accepting an invitation with a password, changing the
 * password) goes through — OWASP ASVS 5.0 V6.3.1: stop guessing without letting an attacker lock
 * the real user out.
 *
 * - `addr:<address>`: all failures from one address, whatever the account (credential stuffing,
 *   password spraying). High, because a whole city hall may share one NAT address.
 * - `acct-addr:<email>|<address>`: one account from one address. Hard limit: after it, that
 *   address waits the window out for that account — everyone else, the account's owner included,
 *   is unaffected.
 * - `acct:<email>`: one account from everywhere (a distributed attack). Progressive: after `free`
 *   failures each further attempt waits 2 s, 4 s, 8 s … up to 30 minutes, for a day. Not applied to
 *   attempts from an address the owner signed in from before (lib/kernel/auth/known-addresses.ts), so the
 *   owner keeps signing in while the account is under attack; and a password reset makes the
 *   address it was completed from known.
 *
 * The keys use the typed email whether or not an account exists: throttling behaves the same for
 * unknown addresses, so it reveals nothing. An unknown client address (Charta served without its
 * HTTP server) skips the address limits rather than putting every client under one key.
 */
export const ADDRESS_WINDOW_MS = 60 * 60 * 1000;
export const ACCOUNT_WINDOW_MS = 24 * 60 * 60 * 1000;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Read on every call, so a changed environment (or a test) takes effect without a restart. */
export function signInLimits() {
  return {
    perAddress: positiveInt(process.env.LOGIN_MAX_FAILURES_PER_IP, 1000),
    perAccountAddress: positiveInt(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS, 10),
    freePerAccount: positiveInt(process.env.LOGIN_FREE_FAILURES_PER_ACCOUNT, 5),
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const accountKey = (email: string) => `acct:${normalizeEmail(email)}`;
export const accountAddressKey = (email: string, address: string) => `acct-addr:${normalizeEmail(email)}|${address}`;
export const addressKey = (address: string) => `addr:${address}`;

export function passwordAttemptLimits(who: { email: string; address: string | null; knownAddress: boolean }): Limit[] {
  const l = signInLimits();
  const limits: Limit[] = [];
  if (who.address) {
    limits.push({ key: addressKey(who.address), windowMs: ADDRESS_WINDOW_MS, max: l.perAddress });
    limits.push({ key: accountAddressKey(who.email, who.address), windowMs: ADDRESS_WINDOW_MS, max: l.perAccountAddress });
  }
  if (!who.knownAddress) {
    limits.push({
      key: accountKey(who.email),
      windowMs: ACCOUNT_WINDOW_MS,
      // Never a hard stop: the delay is the limit.
      max: 2 ** 31 - 1,
      free: l.freePerAccount,
      baseDelayMs: 2000,
      maxDelayMs: 30 * 60_000,
    });
  }
  return limits;
}
