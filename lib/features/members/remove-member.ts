import "server-only";
import { endSessions } from "@/lib/kernel/auth/end-sessions";
import { NotFoundError } from "@/lib/kernel/errors";
import { assertNotLastAdmin, isUuid, membersTransaction } from "./admin-guard";

/**
 * Removes a member from this city (their account and other cities stay). The last city admin
 * cannot be removed. The person's sessions end at once.
 */
export async function removeMember(ctx: { cityId: string; actorId: string }, userId: string): Promise<void> {
  if (!isUuid(userId)) throw new NotFoundError();
  await membersTransaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { userId_cityId: { userId, cityId: ctx.cityId } },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!membership) throw new NotFoundError();
    if (membership.role === "city_admin") await assertNotLastAdmin(tx, ctx.cityId, userId);
    await tx.membership.delete({ where: { id: membership.id } });
    await endSessions(userId, tx);
    await tx.platformAuditLog.create({
      data: {
        actorId: ctx.actorId,
        action: "member.remove",
        cityId: ctx.cityId,
        target: userId,
        details: { role: membership.role, email: membership.user.email },
      },
    });
  });
}
