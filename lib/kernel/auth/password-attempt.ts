import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import { log } from "@/lib/kernel/log";
import { isKnownAddress, rememberAddress } from "./known-addresses";
import { verifyDummyPassword, verifyPassword } from "./password";
import { normalizeEmail, passwordAttemptLimits } from "./sign-in-limits";
import { pruneThrottle, releaseAttempt, reserveAttempt } from "./throttle";

export interface PasswordUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

export type PasswordAttemptResult =
  | { ok: true; user: PasswordUser }
  /** Unknown email, wrong password, no password set, disabled account: one answer for all. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

/**
 * One password guess against an account, wherever a password is typed (sign-in, accepting an
 * invitation, changing the password): counted before it is verified (lib/kernel/auth/throttle.ts),
 * handed back when right. Unknown addresses verify against a dummy hash, so the answer and the
 * work done do not reveal which addresses have accounts.
 */
export async function checkPasswordAttempt(input: { email: string; password: string; address: string | null }): Promise<PasswordAttemptResult> {
  const email = normalizeEmail(input.email);
  const user = await controlDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabled: true, sessionVersion: true },
  });
  const knownAddress = await isKnownAddress(user?.id, input.address);
  const reserved = await reserveAttempt(passwordAttemptLimits({ email, address: input.address, knownAddress }));
  if (!reserved.ok) {
    log("warn", "password attempt throttled", { address: input.address, limit: reserved.key.split(":")[0], retryAt: reserved.retryAt.toISOString() });
    return { ok: false, reason: "throttled", retryAt: reserved.retryAt };
  }
  const matches = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyDummyPassword(input.password);
  if (!user || !matches) {
    await pruneThrottle();
    return { ok: false, reason: "invalid" };
  }
  await releaseAttempt(reserved.reservation);
  if (user.disabled) return { ok: false, reason: "invalid" };
  await rememberAddress(user.id, input.address);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
