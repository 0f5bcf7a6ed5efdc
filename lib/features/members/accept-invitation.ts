import "server-only";
import { hashPassword } from "@/lib/kernel/auth/password";
import { checkPasswordAttempt } from "@/lib/kernel/auth/password-attempt";
import { PASSWORD_PROBLEM_MESSAGE, passwordProblems } from "@/lib/kernel/auth/password-policy";
import { controlDb } from "@/lib/kernel/db/control";
import { AppError, RateLimitedError, ValidationError } from "@/lib/kernel/errors";
import { openInvitation, spendInvitation, statusError, type AcceptResult, type OpenInvitation } from "@/lib/kernel/auth/invitations";

export { findInvitation, type AcceptResult, type InvitationView } from "@/lib/kernel/auth/invitations";

/**
 * Accepting an invitation link. The token is the key: whoever holds it may create the account of
 * the invited address (the link was mailed there) — or, if that address already has an account,
 * must prove it (its password, a session, or the city's identity provider). The invitation is
 * spent in the same transaction that creates the membership, so a link works exactly once.
 *
 * What the link shows never depends on whether the address has an account: without mail the
 * inviting admin holds the link, and must not learn from it who uses Charta elsewhere. The person
 * says which case is theirs; the password path answers an unknown address exactly as a wrong
 * password, after the same work.
 */

/**
 * The invited address's account, if any. `inUse`: it belongs to a platform admin or to a member of
 * another city. Such an account must never get its first password through an invitation link:
 * without SMTP the inviting admin holds that link, and could otherwise take over the account —
 * and with it the other cities (or the platform).
 */
async function existingAccount(inv: OpenInvitation) {
  const user = await controlDb().user.findUnique({
    where: { email: inv.email },
    select: { id: true, passwordHash: true, platformAdmin: true, memberships: { where: { cityId: { not: inv.cityId } }, select: { id: true }, take: 1 } },
  });
  if (!user) return null;
  return { id: user.id, passwordHash: user.passwordHash, inUse: user.platformAdmin || user.memberships.length > 0 };
}

/**
 * For an address without an account, or with an unclaimed account (no password, no other city):
 * sets name and password, then accepts.
 */
export async function acceptInvitationNewAccount(token: string, input: { name: string; password: string }): Promise<AcceptResult> {
  const inv = await openInvitation(token);
  const existing = await existingAccount(inv);
  // The link proves control of the mailbox (or not even that: the inviting admin may hold it),
  // not knowledge of an existing password; so it never sets a password on an account in use.
  // (Choosing this path is the one way a link holder learns that the address has an account; it
  // is recorded for the platform admin.)
  if (existing?.passwordHash || existing?.inUse) {
    await controlDb().platformAuditLog.create({
      data: { action: "member.accept_refused", cityId: inv.cityId, target: inv.email, details: { invitationId: inv.id, reason: "account_exists" } },
    });
    throw new AppError("conflict", "auth.invite.cannotCreate");
  }
  const problems = passwordProblems(input.password, { email: inv.email });
  if (problems.length) throw new ValidationError({ password: problems.map((p) => PASSWORD_PROBLEM_MESSAGE[p]) });
  const passwordHash = await hashPassword(input.password);
  const name = input.name.trim();
  return controlDb().$transaction(async (tx) => {
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { name, passwordHash }, select: { id: true } })
      : await tx.user.create({ data: { email: inv.email, name, passwordHash }, select: { id: true } });
    return spendInvitation(tx, inv, user.id);
  });
}

/**
 * For an address that has an account with a password: the password proves it is theirs.
 * Throttled like a sign-in, because it can be used to guess passwords.
 */
export async function acceptInvitationWithPassword(token: string, input: { password: string }, opts: { ip?: string | null } = {}): Promise<AcceptResult> {
  const inv = await openInvitation(token);
  const attempt = await checkPasswordAttempt({ email: inv.email, password: input.password, address: opts.ip ?? null });
  if (!attempt.ok && attempt.reason === "throttled") throw new RateLimitedError(attempt.retryAt);
  // Unknown address, no password, wrong password, disabled: the same answer, after the same work.
  if (!attempt.ok) throw new ValidationError({ password: ["auth.invite.wrongPassword"] }, "auth.invite.wrongPassword");
  const userId = attempt.user.id;
  return controlDb().$transaction((tx) => spendInvitation(tx, inv, userId));
}

/** For a person already signed in as the invited address. */
export async function acceptInvitationAsUser(token: string, user: { id: string; email: string }): Promise<AcceptResult> {
  const inv = await openInvitation(token);
  if (user.email.trim().toLowerCase() !== inv.email) throw statusError("invalid");
  return controlDb().$transaction((tx) => spendInvitation(tx, inv, user.id));
}
