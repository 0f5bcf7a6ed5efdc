import "server-only";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { hashToken } from "@/lib/kernel/auth/tokens";
import { controlDb } from "@/lib/kernel/db/control";
import { AppError, NotFoundError } from "@/lib/kernel/errors";
import { findInvitation } from "@/lib/kernel/auth/invitations";
import { signInOptionsOfCity } from "./list-identity-providers";
import { sealIntent } from "./sign-in-intent";

const INVITE_MESSAGES = { invalid: "auth.invite.invalid", expired: "auth.invite.expired", used: "auth.invite.used", revoked: "auth.invite.revoked" } as const;

/** The sealed intent for accepting this open invitation through one of its city's enabled providers. */
export async function invitationIntent(token: string, providerId: string): Promise<string> {
  const inv = await findInvitation(token);
  if (inv.status !== "open") throw new AppError(inv.status === "invalid" ? "not_found" : "bad_request", INVITE_MESSAGES[inv.status]);
  const offered = await signInOptionsOfCity(inv.cityId);
  if (!offered.some((p) => p.id === providerId)) throw new NotFoundError();
  return sealIntent({ kind: "invite", providerId, tokenHash: hashToken(token) });
}

/**
 * The sealed intent for connecting a provider to the signed-in account: a member of the provider's
 * city, never a platform admin. It carries the session version, so ending the session cancels it.
 */
export async function linkIntent(user: SessionUser, providerId: string): Promise<string> {
  if (user.platformAdmin) throw new AppError("forbidden", "identity.account.platformAdmin");
  const provider = await controlDb().identityProvider.findFirst({
    where: { id: providerId, enabled: true, city: { status: "active", memberships: { some: { userId: user.id } } } },
    select: { id: true, cityId: true },
  });
  if (!provider || (user.cityScope && user.cityScope !== provider.cityId)) throw new NotFoundError();
  const { sessionVersion } = await controlDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  return sealIntent({ kind: "link", providerId, userId: user.id, sv: sessionVersion });
}
