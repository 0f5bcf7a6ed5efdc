import "server-only";
import { INVITATION_TTL_MS, newToken } from "@/lib/auth/tokens";
import { controlDb } from "@/lib/db/control";
import { NotFoundError } from "@/lib/errors";
import { checkSlug } from "@/lib/tenancy/schema-name";

export type AppointResult =
  | { kind: "member"; userName: string; alreadyAdmin: boolean }
  | { kind: "invited"; invitationId: string; email: string; path: string };

/**
 * Make someone a city administrator. A person with an account gets (or is upgraded to) the
 * city_admin membership at once; anyone else gets an invitation with that role, whose link the
 * platform admin passes on. The invitation row holds only the token's hash; the token exists
 * once, in the returned path. Both outcomes are written to the platform audit log in the same
 * transaction as the change.
 */
export async function appointCityAdmin(slug: string, email: string, actorId: string): Promise<AppointResult> {
  if (!checkSlug(slug).ok) throw new NotFoundError();
  const normalized = email.trim().toLowerCase();
  return controlDb().$transaction(async (tx) => {
    const city = await tx.city.findUnique({ where: { slug }, select: { id: true, provisionedAt: true } });
    if (!city?.provisionedAt) throw new NotFoundError();
    const user = await tx.user.findUnique({ where: { email: normalized }, select: { id: true, name: true } });

    if (user) {
      const existing = await tx.membership.findUnique({
        where: { userId_cityId: { userId: user.id, cityId: city.id } },
        select: { role: true },
      });
      await tx.membership.upsert({
        where: { userId_cityId: { userId: user.id, cityId: city.id } },
        create: { userId: user.id, cityId: city.id, role: "city_admin" },
        update: { role: "city_admin" },
      });
      await tx.platformAuditLog.create({
        data: {
          actorId,
          action: "city.appoint_admin",
          cityId: city.id,
          target: normalized,
          details: { userId: user.id, previousRole: existing?.role ?? null },
        },
      });
      return { kind: "member", userName: user.name, alreadyAdmin: existing?.role === "city_admin" };
    }

    // A newer invitation replaces older open ones for the same person, so only one link works.
    await tx.invitation.updateMany({
      where: { cityId: city.id, email: normalized, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const { token, hash } = newToken();
    const invitation = await tx.invitation.create({
      data: {
        cityId: city.id,
        email: normalized,
        role: "city_admin",
        tokenHash: hash,
        invitedById: actorId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      },
      select: { id: true },
    });
    await tx.platformAuditLog.create({
      data: { actorId, action: "city.invite_admin", cityId: city.id, target: normalized, details: { invitationId: invitation.id } },
    });
    return { kind: "invited", invitationId: invitation.id, email: normalized, path: `/invite/${token}` };
  });
}
