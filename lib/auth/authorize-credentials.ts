import "server-only";
import { controlDb } from "@/lib/db/control";
import { log } from "@/lib/log";
import { verifyDummyPassword, verifyPassword } from "./password";
import { MAX_PASSWORD_LENGTH } from "./password-policy";
import { loginRetryAt, recordLoginFailure } from "./throttle";

export interface AuthorizedUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

export type CredentialsResult =
  | { ok: true; user: AuthorizedUser }
  /** Unknown email, wrong password, no password set, disabled account: one answer for all. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

/**
 * Checks an email + password sign-in. The throttle is consulted first, so a throttled account is
 * refused even with the right password. Unknown addresses verify against a dummy hash, so the
 * answer and its timing do not reveal which addresses have accounts.
 */
export async function authorizeCredentials(input: { email: unknown; password: unknown; ip: string | null }): Promise<CredentialsResult> {
  const email = typeof input.email === "string" ? input.email.trim().toLowerCase() : "";
  const password = typeof input.password === "string" ? input.password : "";
  if (!email || !password || email.length > 320 || password.length > 4 * MAX_PASSWORD_LENGTH) return { ok: false, reason: "invalid" };
  const who = { email, ip: input.ip };

  const retryAt = await loginRetryAt(who);
  if (retryAt) {
    log("warn", "sign-in throttled", { ip: input.ip, retryAt: retryAt.toISOString() });
    return { ok: false, reason: "throttled", retryAt };
  }

  const user = await controlDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabled: true, sessionVersion: true },
  });
  const matches = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyDummyPassword(password);
  if (!user || !matches) {
    await recordLoginFailure(who);
    return { ok: false, reason: "invalid" };
  }
  if (user.disabled) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
