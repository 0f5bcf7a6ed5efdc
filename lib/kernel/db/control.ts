import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/control/client";
import { CONTROL_SCHEMA } from "@/lib/kernel/tenancy/schema-name";
import { getPool } from "./pool";
import { serialTransactions } from "./serial-transactions";

const globalForControl = globalThis as unknown as { chartaControl?: PrismaClient };

/** The Prisma client of the control schema (cities, users, memberships, invitations, …). */
export function controlDb(): PrismaClient {
  if (!globalForControl.chartaControl) {
    globalForControl.chartaControl = new PrismaClient({
      adapter: serialTransactions(new PrismaPg(getPool(), { schema: CONTROL_SCHEMA })),
    });
  }
  return globalForControl.chartaControl;
}

export async function disconnectControl(): Promise<void> {
  const client = globalForControl.chartaControl;
  globalForControl.chartaControl = undefined;
  if (client) await client.$disconnect();
}
