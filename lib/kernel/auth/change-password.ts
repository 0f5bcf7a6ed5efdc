import "server-only";
import { RateLimitedError, ValidationError } from "@/lib/kernel/errors";
import { controlDb } from "@/lib/kernel/db/control";
import { endSessions } from "./end-sessions";
import { hashPassword } from "./password";
import { checkPasswordAttempt } from "./password-attempt";
import { PASSWORD_PROBLEM_MESSAGE, passwordProblems } from "./password-policy";

/**
 * Changes the signed-in user's password. The current password is required (a borrowed, unlocked
 * screen must not be enough) and is throttled like a sign-in, since it is a password oracle too.
 * Ends every session, this one included: the person signs in again with the new password.
 */
export async function changePassword(userId: string, input: { currentPassword: string; password: string }, opts: { ip?: string | null } = {}): Promise<void> {
  const db = controlDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user?.passwordHash) throw new ValidationError({ currentPassword: ["account.password.currentWrong"] });
  const attempt = await checkPasswordAttempt({ email: user.email, password: input.currentPassword, address: opts.ip ?? null });
  if (!attempt.ok && attempt.reason === "throttled") throw new RateLimitedError(attempt.retryAt);
  if (!attempt.ok || attempt.user.id !== userId) throw new ValidationError({ currentPassword: ["account.password.currentWrong"] });
  const problems = passwordProblems(input.password, { email: user.email });
  if (problems.length) throw new ValidationError({ password: problems.map((p) => PASSWORD_PROBLEM_MESSAGE[p]) });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endSessions(userId, tx);
    await tx.platformAuditLog.create({ data: { actorId: userId, action: "user.password_change", target: user.email } });
  });
}

/** Whether the user has a password to change (someone who only signs in through OpenID Connect may not). */
export async function userHasPassword(userId: string): Promise<boolean> {
  const user = await controlDb().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return !!user?.passwordHash;
}
