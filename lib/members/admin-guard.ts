import "server-only";
import type { Prisma } from "@/lib/generated/control/client";
import { AppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from a form: anything that is not a UUID can only find nothing (and must not reach a uuid column). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/**
 * Serialises membership changes of one city for the rest of the transaction. Without it two
 * admins demoting each other at the same moment would each see the other as the remaining admin
 * and leave the city with none.
 */
export async function lockCityMembers(tx: Prisma.TransactionClient, cityId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`charta-members:${cityId}`}))`;
}

/** Refuses when `userId` is the city's only city admin (call after lockCityMembers). */
export async function assertNotLastAdmin(tx: Prisma.TransactionClient, cityId: string, userId: string): Promise<void> {
  const others = await tx.membership.count({ where: { cityId, role: "city_admin", userId: { not: userId } } });
  if (others === 0) throw new AppError("conflict", "auth.members.lastAdmin");
}
