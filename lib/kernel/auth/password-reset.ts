import "server-only";
import { AppError, ValidationError } from "@/lib/kernel/errors";
import { controlDb } from "@/lib/kernel/db/control";
import { kernelTranslator as translator } from "@/lib/kernel/i18n/dictionary";
import { isLocale, type Locale } from "@/lib/kernel/i18n/locales";
import { log } from "@/lib/kernel/log";
import { sendMail } from "@/lib/kernel/mail/send-mail";
import { appLink } from "@/lib/kernel/app-url";
import { endSessions } from "./end-sessions";
import { hashPassword } from "./password";
import { PASSWORD_PROBLEM_MESSAGE, passwordProblems } from "./password-policy";
import { rememberAddress } from "./known-addresses";
import { accountAddressKey, normalizeEmail } from "./sign-in-limits";
import { clearKeys, reserveAttempt, type Limit } from "./throttle";
import { hashToken, newToken, PASSWORD_RESET_TTL_MS } from "./tokens";

/**
 * Password reset by emailed link (valid one hour, single use). The same page serves the first
 * city admin's "choose your password" link that provisioning creates (valid 7 days).
 */

const HOUR_MS = 60 * 60 * 1000;

/**
 * How many reset mails per hour: 3 for one mailbox asked from one address, 20 for one mailbox in
 * all (the form must not become a mail cannon), 30 from one address across mailboxes. An attacker
 * asking for someone's resets from their own address uses up only their own share: the owner,
 * asking from theirs, still gets the mail. Every request counts (nothing is handed back).
 */
function resetLimits(email: string, address: string | null): Limit[] {
  const limits: Limit[] = [{ key: `reset:${email}`, windowMs: HOUR_MS, max: 20 }];
  if (address) {
    limits.push({ key: `reset-addr:${email}|${address}`, windowMs: HOUR_MS, max: 3 });
    limits.push({ key: `reset-from:${address}`, windowMs: HOUR_MS, max: 30 });
  }
  return limits;
}

/** The link in the mail: always on the configured base URL, never on the Host of the request. */
export function resetLink(token: string): string {
  return appLink(`/reset-password/${token}`);
}

/** Creates a reset token for a user and returns it (the link carries it; the database keeps its hash). */
export async function createPasswordResetToken(userId: string, ttlMs = PASSWORD_RESET_TTL_MS): Promise<string> {
  const { token, hash } = newToken();
  await controlDb().passwordReset.create({ data: { userId, tokenHash: hash, expiresAt: new Date(Date.now() + ttlMs) } });
  return token;
}

/**
 * "Forgot my password": emails a link if the address has an enabled account. The caller always
 * shows the same answer, whether or not the account exists, and does not wait for this (the
 * Server Action runs it after the response), so neither the answer nor its timing tells. Without
 * SMTP the link goes to the server log. `locale`: the mail's language when the user has not
 * chosen one; `address`: the requester's address (lib/kernel/net/client-address.ts).
 */
export async function requestPasswordReset(email: string, opts: { locale: Locale; address?: string | null }): Promise<void> {
  const address = normalizeEmail(email);
  // Fails before anything is counted or stored when there is no configured base URL for the link.
  resetLink("");
  const allowed = await reserveAttempt(resetLimits(address, opts.address ?? null));
  if (!allowed.ok) {
    log("warn", "password reset not sent: too many requests", { limit: allowed.key.split(":")[0] });
    return;
  }
  const user = await controlDb().user.findUnique({ where: { email: address }, select: { id: true, disabled: true, locale: true } });
  if (!user || user.disabled) return;
  const token = await createPasswordResetToken(user.id);
  const link = resetLink(token);
  const t = translator(isLocale(user.locale) ? user.locale : opts.locale);
  void sendMail({ to: address, subject: t("auth.mail.resetSubject"), text: t("auth.mail.resetBody", { link }) }, { link });
}

export type ResetTokenStatus = { status: "open"; email: string; hasPassword: boolean } | { status: "invalid" | "expired" | "used" };

/** What the reset page shows for a token. */
export async function findPasswordReset(token: string): Promise<ResetTokenStatus> {
  const row = await controlDb().passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { email: true, passwordHash: true, disabled: true } } },
  });
  if (!row || row.user.disabled) return { status: "invalid" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= new Date()) return { status: "expired" };
  return { status: "open", email: row.user.email, hasPassword: !!row.user.passwordHash };
}

const TOKEN_MESSAGES = { invalid: "auth.reset.invalid", expired: "auth.reset.expired", used: "auth.reset.used" } as const;

function tokenError(status: keyof typeof TOKEN_MESSAGES): AppError {
  return new AppError(status === "invalid" ? "not_found" : "bad_request", TOKEN_MESSAGES[status]);
}

/**
 * Sets a new password with a reset token. The token is spent in the same transaction (a second use
 * fails), every other open reset token of the user is spent too, and all sessions end. The
 * address it was completed from becomes one the owner is known at, and its failed sign-ins for
 * this account are forgotten: the mailbox owner gets back in even while the account is attacked.
 */
export async function resetPassword(token: string, password: string, opts: { address?: string | null } = {}): Promise<{ email: string }> {
  const found = await findPasswordReset(token);
  if (found.status !== "open") throw tokenError(found.status);
  const problems = passwordProblems(password, { email: found.email });
  if (problems.length) throw new ValidationError({ password: problems.map((p) => PASSWORD_PROBLEM_MESSAGE[p]) });
  const passwordHash = await hashPassword(password);

  const done = await controlDb().$transaction(async (tx) => {
    const now = new Date();
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true } });
    const spent = reset
      ? await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } })
      : { count: 0 };
    // Someone used the link between our check and now.
    if (!reset || spent.count === 0) throw tokenError("used");
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    const user = await tx.user.update({ where: { id: reset.userId }, data: { passwordHash }, select: { email: true } });
    await endSessions(reset.userId, tx);
    await tx.platformAuditLog.create({ data: { actorId: reset.userId, action: "user.password_reset", target: user.email } });
    return { userId: reset.userId, email: user.email };
  });
  const address = opts.address ?? null;
  if (address) {
    await rememberAddress(done.userId, address);
    await clearKeys([accountAddressKey(done.email, address)]);
  }
  return { email: done.email };
}
