import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { controlDb } from "@/lib/kernel/db/control";
import { NotFoundError } from "@/lib/kernel/errors";
import { isUuid } from "./admin-guard";

/** Withdraws an open invitation of this city; its link stops working. Another city's id is not found. */
export async function revokeInvitation(scope: CityScope, invitationId: string): Promise<void> {
  if (!isUuid(invitationId)) throw new NotFoundError();
  await controlDb().$transaction(async (tx) => {
    const open = { id: invitationId, cityId: scope.city.id, acceptedAt: null, revokedAt: null };
    const invitation = await tx.invitation.findFirst({ where: open, select: { email: true, role: true } });
    // The conditional update (not the read) decides, so a link accepted meanwhile is not "revoked".
    const revoked = invitation ? await tx.invitation.updateMany({ where: open, data: { revokedAt: new Date() } }) : { count: 0 };
    if (!invitation || revoked.count === 0) throw new NotFoundError();
    await tx.platformAuditLog.create({
      data: {
        actorId: scope.actor.id,
        action: "member.invite_revoke",
        cityId: scope.city.id,
        target: invitation.email,
        details: { invitationId, role: invitation.role },
      },
    });
  });
}
