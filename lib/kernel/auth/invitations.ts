import "server-only";
import type { Role } from "@/lib/generated/control/enums";
import type { Prisma } from "@/lib/generated/control/client";
import { hashToken } from "@/lib/kernel/auth/tokens";
import { controlDb } from "@/lib/kernel/db/control";
import { AppError } from "@/lib/kernel/errors";

/**
 * Invitation tokens: looking one up and spending it. Sign-in needs both (an invited person may
 * sign in through the city's identity provider, lib/kernel/auth/identity), and so does the
 * members feature's invitation page (lib/features/members/accept-invitation.ts), which holds the
 * rules for the accounts behind an invitation.
 */
export type InvitationStatus = "invalid" | "expired" | "used" | "revoked";

export type InvitationView =
  { status: "open"; email: string; role: Role; cityId: string; cityName: string; citySlug: string; expiresAt: Date } | { status: InvitationStatus };

export interface OpenInvitation {
  id: string;
  cityId: string;
  email: string;
  role: Role;
  cityName: string;
  citySlug: string;
  expiresAt: Date;
}

async function lookup(token: string): Promise<{ status: "open"; invitation: OpenInvitation } | { status: InvitationStatus }> {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return { status: "invalid" };
  return lookupByHash(hashToken(token));
}

/** The open invitation whose token has this hash (the sign-in intent carries the hash), or null. */
export async function findOpenInvitationByHash(tokenHash: string): Promise<OpenInvitation | null> {
  const found = await lookupByHash(tokenHash);
  return found.status === "open" ? found.invitation : null;
}

async function lookupByHash(tokenHash: string): Promise<{ status: "open"; invitation: OpenInvitation } | { status: InvitationStatus }> {
  const row = await controlDb().invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      cityId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      city: { select: { name: true, slug: true, provisionedAt: true } },
    },
  });
  if (!row || !row.city.provisionedAt) return { status: "invalid" };
  if (row.acceptedAt) return { status: "used" };
  if (row.revokedAt) return { status: "revoked" };
  if (row.expiresAt <= new Date()) return { status: "expired" };
  return {
    status: "open",
    invitation: {
      id: row.id,
      cityId: row.cityId,
      email: row.email,
      role: row.role,
      cityName: row.city.name,
      citySlug: row.city.slug,
      expiresAt: row.expiresAt,
    },
  };
}

/** What the invitation page shows for a token: the invitation only, nothing about accounts. */
export async function findInvitation(token: string): Promise<InvitationView> {
  const found = await lookup(token);
  if (found.status !== "open") return found;
  const inv = found.invitation;
  return { status: "open", email: inv.email, role: inv.role, cityId: inv.cityId, cityName: inv.cityName, citySlug: inv.citySlug, expiresAt: inv.expiresAt };
}
const STATUS_MESSAGES = {
  invalid: "auth.invite.invalid",
  expired: "auth.invite.expired",
  used: "auth.invite.used",
  revoked: "auth.invite.revoked",
} as const;

export function statusError(status: InvitationStatus): AppError {
  return new AppError(status === "invalid" ? "not_found" : "bad_request", STATUS_MESSAGES[status]);
}

export async function openInvitation(token: string): Promise<OpenInvitation> {
  const found = await lookup(token);
  if (found.status !== "open") throw statusError(found.status);
  return found.invitation;
}

export interface AcceptResult {
  citySlug: string;
  email: string;
  userId: string;
}

/** Spends the invitation and creates the membership, inside the caller's transaction. */
export async function spendInvitation(tx: Prisma.TransactionClient, inv: OpenInvitation, userId: string): Promise<AcceptResult> {
  const now = new Date();
  const spent = await tx.invitation.updateMany({
    where: { id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (spent.count === 0) {
    // Accepted, revoked or expired since we looked: say which.
    const again = await tx.invitation.findUnique({ where: { id: inv.id }, select: { acceptedAt: true, revokedAt: true } });
    throw statusError(again?.acceptedAt ? "used" : again?.revokedAt ? "revoked" : "expired");
  }
  // Already a member (invited twice and accepted both): keep the existing role.
  await tx.membership.upsert({
    where: { userId_cityId: { userId, cityId: inv.cityId } },
    create: { userId, cityId: inv.cityId, role: inv.role },
    update: {},
  });
  await tx.platformAuditLog.create({
    data: { actorId: userId, action: "member.accept", cityId: inv.cityId, target: inv.email, details: { role: inv.role, invitationId: inv.id } },
  });
  return { citySlug: inv.citySlug, email: inv.email, userId };
}
