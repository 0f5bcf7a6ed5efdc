import type { PrismaClient } from "@/lib/generated/control/client";
import type { CityStatus } from "@/lib/generated/control/enums";
import { NotFoundError } from "@/lib/kernel/errors";

/**
 * Suspending blocks a city's workspace and public pages; nothing is deleted, and reactivating
 * brings everything back as it was.
 */
export async function setCityStatus(db: PrismaClient, slug: string, status: CityStatus, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const city = await tx.city.findUnique({ where: { slug } });
    if (!city) throw new NotFoundError();
    if (city.status === status) return city;
    const updated = await tx.city.update({ where: { id: city.id }, data: { status, version: { increment: 1 } } });
    await tx.platformAuditLog.create({
      data: { actorId, action: status === "suspended" ? "city.suspend" : "city.reactivate", cityId: city.id, target: slug },
    });
    return updated;
  });
}
