import "server-only";
import type { Role } from "@/lib/generated/control/enums";
import { controlDb } from "@/lib/kernel/db/control";

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** When the person became a member. */
  since: Date;
}

export interface OpenInvitationRow {
  id: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
  invitedBy: { id: string; name: string } | null;
}

/** The members of a city, by name. */
export async function listMembers(cityId: string): Promise<MemberRow[]> {
  const rows = await controlDb().membership.findMany({
    where: { cityId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role, since: r.createdAt }));
}

/** Invitations of a city that can still be accepted (not accepted, revoked or expired), newest first. */
export async function listOpenInvitations(cityId: string): Promise<OpenInvitationRow[]> {
  const db = controlDb();
  const rows = await db.invitation.findMany({
    where: { cityId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedById: true },
    orderBy: { createdAt: "desc" },
  });
  const inviterIds = [...new Set(rows.map((r) => r.invitedById).filter((id): id is string => !!id))];
  const inviters = inviterIds.length ? await db.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, name: true } }) : [];
  const byId = new Map(inviters.map((u) => [u.id, u]));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    invitedBy: (r.invitedById && byId.get(r.invitedById)) || null,
  }));
}
