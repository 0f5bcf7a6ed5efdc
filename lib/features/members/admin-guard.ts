import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import type { Prisma } from "@/lib/generated/control/client";
import { AppError } from "@/lib/kernel/errors";
import { isTransientDbError } from "@/lib/kernel/db/transient-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from a form: anything that is not a UUID can only find nothing (and must not reach a uuid column). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

const ATTEMPTS = 4;

/**
 * Runs a membership change SERIALIZABLE, retrying when PostgreSQL aborts it for a conflict.
 * Two admins demoting each other at the same moment would otherwise each see the other as the
 * remaining admin and leave the city with none (write skew); serialised, the second one sees the
 * first one's change and is refused.
 */
export async function membersTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await controlDb().$transaction(fn, { isolationLevel: "Serializable" });
    } catch (err) {
      if (!isTransientDbError(err) || attempt >= ATTEMPTS) throw err;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt * Math.random()));
    }
  }
}

/** Refuses when `userId` is the city's only city admin (call inside membersTransaction). */
export async function assertNotLastAdmin(tx: Prisma.TransactionClient, cityId: string, userId: string): Promise<void> {
  const others = await tx.membership.count({ where: { cityId, role: "city_admin", userId: { not: userId } } });
  if (others === 0) throw new AppError("conflict", "auth.members.lastAdmin");
}
