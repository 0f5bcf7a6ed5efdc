import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { Prisma } from "@/lib/generated/city/client";

export type CityTx = Prisma.TransactionClient;

export interface AuditEntry {
  action: "create" | "update" | "delete" | string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** JSON-safe copy (dates as ISO strings, bigints as strings) for the audit log's before/after. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

/**
 * Every change to city data goes through here: the change and its audit entry commit together or
 * not at all. `audit` may be called several times within one transaction.
 */
export async function auditedTransaction<T>(
  db: CityDb,
  actorId: string | null,
  fn: (tx: CityTx, audit: (entry: AuditEntry) => Promise<void>) => Promise<T>,
  options?: { isolationLevel?: Prisma.TransactionIsolationLevel; timeout?: number },
): Promise<T> {
  return db.$transaction(async (tx) => {
    const audit = async (entry: AuditEntry) => {
      await tx.auditLog.create({
        data: {
          actorId,
          action: entry.action,
          entity: entry.entity,
          entityId: entry.entityId,
          before: toJson(entry.before),
          after: toJson(entry.after),
        },
      });
    };
    return fn(tx, audit);
  }, options);
}
