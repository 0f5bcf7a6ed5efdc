import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import type { Prisma } from "@/lib/generated/control/client";

type Db = Prisma.TransactionClient | ReturnType<typeof controlDb>;

/**
 * Ends every session of a user at once. Sessions are JWTs that cannot be recalled, so each
 * carries the user's session version and is worthless once the version moves on
 * (lib/kernel/auth/session-check.ts). Used by sign-out, password change and reset, role change or
 * removal, and disabling. Pass a transaction client to end sessions in the same transaction as
 * the change that requires it.
 */
export async function endSessions(userId: string, db: Db = controlDb()): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
