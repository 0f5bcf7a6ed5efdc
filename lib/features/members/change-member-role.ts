import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import type { Role } from "@/lib/generated/control/enums";
import { endSessions } from "@/lib/kernel/auth/end-sessions";
import { NotFoundError } from "@/lib/kernel/errors";
import { assertNotLastAdmin, isUuid, membersTransaction } from "./admin-guard";

/**
 * Gives a member another role in this city. A member of another city (or an unknown id) is not
 * found. The last city admin cannot be demoted. The member's sessions end, so the new role holds
 * from their next request (a demoted admin does not keep a signed-in tab with admin pages).
 */
export async function changeMemberRole(scope: CityScope, userId: string, role: Role): Promise<void> {
  if (!isUuid(userId)) throw new NotFoundError();
  await membersTransaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { userId_cityId: { userId, cityId: scope.city.id } }, select: { id: true, role: true } });
    if (!membership) throw new NotFoundError();
    if (membership.role === role) return;
    if (membership.role === "city_admin") await assertNotLastAdmin(tx, scope.city.id, userId);
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await endSessions(userId, tx);
    await tx.platformAuditLog.create({
      data: { actorId: scope.actor.id, action: "member.role", cityId: scope.city.id, target: userId, details: { from: membership.role, to: role } },
    });
  });
}
