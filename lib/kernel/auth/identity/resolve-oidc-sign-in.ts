import "server-only";
import { rememberAddress } from "@/lib/kernel/auth/known-addresses";
import { controlDb } from "@/lib/kernel/db/control";
import { log } from "@/lib/kernel/log";
import { findOpenInvitationByHash, spendInvitation } from "@/lib/kernel/auth/invitations";
import type { OidcClaims, SignInProvider } from "./sign-in-provider";
import type { SignInIntent } from "./sign-in-intent";

/**
 * Who a city's identity provider signs in, if anyone. The rules (docs/architecture.md, sign-in):
 *
 * 1. An (issuer, subject) already bound to an account signs in as that account — whatever email
 *    the provider now claims (a changed claim never moves the sign-in to another account) — if
 *    the account is enabled, is not a platform admin, and is a member of the provider's city.
 * 2. An (issuer, subject) not bound yet is bound only
 *    - while accepting an open invitation of the provider's city that the person opened (the
 *      invitation link, mailed to the address) and started from, when the provider names that
 *      same address (its `email` claim, or `preferred_username` when it has no `email`; refused
 *      when the provider says `email_verified: false` — Entra ID sends no such claim, so its
 *      absence is accepted: the invitation link is the proof, the claim only a consistency check),
 *      and only for an address whose account is not in use: none yet, or one never used (no
 *      password, no other city, no provider bound). An account in use is its owner's: they sign in
 *      as they always do, accept, and connect the provider from their account page. Otherwise a
 *      city admin holding an invitation link (no mail configured) could bind their own provider's
 *      account to someone else's existing account;
 *    - or when a signed-in member of the provider's city asked to connect it (their session).
 *    An email claim alone, verified or not, never signs anyone in: whoever runs one city's
 *    provider must not reach accounts by writing their addresses into a claim.
 * 3. A platform admin is never signed in or bound by a provider.
 *
 * A sign-in through a provider is scoped to the provider's city (lib/kernel/auth/session-check.ts): it
 * opens that city's workspace only, even for a person who is a member elsewhere too.
 */
export type OidcRefusal = "no_subject" | "not_member" | "platform_admin" | "disabled" | "unbound" | "email_mismatch" | "invitation_gone" | "account_in_use";

export type OidcSignIn =
  { ok: true; user: { id: string; email: string; name: string; sessionVersion: number }; cityId: string } | { ok: false; reason: OidcRefusal };

const USER = { id: true, email: true, name: true, disabled: true, platformAdmin: true, sessionVersion: true } as const;

/** The address the provider names, unless it says it has not verified it. */
function claimedEmail(claims: OidcClaims): string | null {
  if (claims.email_verified === false || claims.email_verified === "false") return null;
  const value = typeof claims.email === "string" && claims.email.trim() ? claims.email : claims.preferred_username;
  return typeof value === "string" && value.includes("@") ? value.trim().toLowerCase() : null;
}

async function isMember(userId: string, cityId: string): Promise<boolean> {
  return !!(await controlDb().membership.findUnique({ where: { userId_cityId: { userId, cityId } }, select: { id: true } }));
}

function refuse(reason: OidcRefusal, provider: SignInProvider): OidcSignIn {
  log("info", "identity provider sign-in refused", { providerId: provider.id, reason });
  return { ok: false, reason };
}

export async function resolveOidcSignIn(input: {
  provider: SignInProvider;
  claims: OidcClaims;
  intent: SignInIntent | null;
  address: string | null;
}): Promise<OidcSignIn> {
  const { provider, claims } = input;
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  if (!subject || subject.length > 255) return refuse("no_subject", provider);
  const intent = input.intent?.providerId === provider.id ? input.intent : null;
  const db = controlDb();

  const binding = await db.identityBinding.findUnique({
    where: { issuer_subject: { issuer: provider.issuer, subject } },
    select: { id: true, user: { select: USER } },
  });

  let user: { id: string; email: string; name: string; disabled: boolean; platformAdmin: boolean; sessionVersion: number };
  if (binding) {
    user = binding.user;
    if (user.platformAdmin) return refuse("platform_admin", provider);
    if (user.disabled) return refuse("disabled", provider);
    if (intent?.kind === "invite" && !(await isMember(user.id, provider.cityId))) {
      const inv = await findOpenInvitationByHash(intent.tokenHash);
      if (!inv || inv.cityId !== provider.cityId) return refuse("invitation_gone", provider);
      if (inv.email !== user.email) return refuse("email_mismatch", provider);
      await db.$transaction((tx) => spendInvitation(tx, inv, user.id));
    }
    if (!(await isMember(user.id, provider.cityId))) return refuse("not_member", provider);
    await db.identityBinding.update({ where: { id: binding.id }, data: { lastSignInAt: new Date() } });
  } else if (intent?.kind === "invite") {
    const inv = await findOpenInvitationByHash(intent.tokenHash);
    if (!inv || inv.cityId !== provider.cityId) return refuse("invitation_gone", provider);
    if (claimedEmail(claims) !== inv.email) return refuse("email_mismatch", provider);
    const existing = await db.user.findUnique({
      where: { email: inv.email },
      select: {
        ...USER,
        passwordHash: true,
        memberships: { where: { cityId: { not: provider.cityId } }, select: { id: true }, take: 1 },
        identityBindings: { select: { id: true }, take: 1 },
      },
    });
    if (existing?.platformAdmin) return refuse("platform_admin", provider);
    if (existing?.disabled) return refuse("disabled", provider);
    if (existing && (existing.passwordHash || existing.memberships.length || existing.identityBindings.length)) return refuse("account_in_use", provider);
    const name = (claims.name ?? claims.preferred_username ?? "").trim().slice(0, 120) || inv.email;
    user = await db.$transaction(async (tx) => {
      const u = existing
        ? await tx.user.update({ where: { id: existing.id }, data: { name }, select: USER })
        : await tx.user.create({ data: { email: inv.email, name }, select: USER });
      await tx.identityBinding.create({ data: { issuer: provider.issuer, subject, userId: u.id, boundViaId: provider.id, lastSignInAt: new Date() } });
      await spendInvitation(tx, inv, u.id);
      await tx.platformAuditLog.create({
        data: { actorId: u.id, action: "identity.bind", cityId: provider.cityId, target: u.email, details: { providerId: provider.id, via: "invitation" } },
      });
      return u;
    });
  } else if (intent?.kind === "link") {
    const found = await db.user.findUnique({ where: { id: intent.userId }, select: USER });
    // The session that asked must still be good when the provider answers.
    if (!found || found.sessionVersion !== intent.sv) return refuse("unbound", provider);
    if (found.platformAdmin) return refuse("platform_admin", provider);
    if (found.disabled) return refuse("disabled", provider);
    if (!(await isMember(found.id, provider.cityId))) return refuse("not_member", provider);
    user = found;
    await db.$transaction(async (tx) => {
      await tx.identityBinding.create({ data: { issuer: provider.issuer, subject, userId: found.id, boundViaId: provider.id, lastSignInAt: new Date() } });
      await tx.platformAuditLog.create({
        data: {
          actorId: found.id,
          action: "identity.bind",
          cityId: provider.cityId,
          target: found.email,
          details: { providerId: provider.id, via: "account" },
        },
      });
    });
  } else {
    return refuse("unbound", provider);
  }

  await rememberAddress(user.id, input.address);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }, cityId: provider.cityId };
}
