import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { endSessions } from "@/lib/kernel/auth/end-sessions";
import { NotFoundError } from "@/lib/kernel/errors";
import { assertNotLastAdmin, isUuid, membersTransaction } from "./admin-guard";

/**
 * Removes a member from this city (their account and other cities stay). The last city admin
 * cannot be removed. The person's sessions end at once.
 */
export async function removeMember(scope: CityScope, userId: string): Promise<void> {
  if (!isUuid(userId)) throw new NotFoundError();
  await membersTransaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { userId_cityId: { userId, cityId: scope.city.id } },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!membership) throw new NotFoundError();
    if (membership.role === "city_admin") await assertNotLastAdmin(tx, scope.city.id, userId);
    await tx.membership.delete({ where: { id: membership.id } });
    await endSessions(userId, tx);
    await tx.platformAuditLog.create({
      data: {
        actorId: scope.actor.id,
        action: "member.remove",
        cityId: scope.city.id,
        target: userId,
        details: { role: membership.role, email: membership.user.email },
      },
    });
  });
}
