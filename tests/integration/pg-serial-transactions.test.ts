/**
 * Issue 19: no two queries at once on one transaction's connection (pg 9 will refuse them; pg 8
 * queues them with a deprecation warning, which the test setup turns into a failure everywhere).
 * Prisma itself sends the relations of one call together, and code may await two queries of a
 * transaction with Promise.all: lib/kernel/db/serial-transactions.ts puts them in turn. Watched on the
 * wire: the number of queries in flight on each pg client.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { cityDbForSchema, type CityDb } from "@/lib/kernel/db/city-clients";
import { getPool } from "@/lib/kernel/db/pool";
import { PrismaClient } from "@/lib/generated/city/client";
import { createTestCity, type TestCity } from "../helpers/cities";
import { takePgWarnings } from "../setup/pg-warnings";

let city: TestCity;
let observed = { max: 0 };
let restore: (() => void) | null = null;

/** Counts, per pg client, the queries sent and not yet answered; keeps the highest count seen. */
function watchQueries(): { max: number } {
  const stats = { max: 0 };
  const inFlight = new WeakMap<object, number>();
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const now = (inFlight.get(this) ?? 0) + 1;
    inFlight.set(this, now);
    stats.max = Math.max(stats.max, now);
    const done = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) result.then(done, done);
    else done();
    return result;
  } as typeof original;
  restore = () => {
    pg.Client.prototype.query = original;
  };
  return stats;
}

/** A transaction as the app writes them: two queries awaited together, and one call that includes two relations. */
async function busyTransaction(db: CityDb): Promise<void> {
  await auditedTransaction(db, null, async (tx) => {
    await Promise.all([tx.commitment.findMany(), tx.department.findMany()]);
    await tx.commitment.findFirst({ where: { elementKey: "F1" }, include: { department: true, updates: true, evidence: true } });
  });
}

beforeAll(async () => {
  city = await createTestCity("serial");
});

afterEach(() => {
  restore?.();
  restore = null;
});

describe("one query at a time on a transaction's connection", () => {
  it("the app's clients send a transaction's queries in turn", async () => {
    const db = cityDbForSchema(city.schemaName);
    await db.department.create({ data: { name: "Social Affairs" } });
    observed = watchQueries();
    await busyTransaction(db);
    expect(observed.max).toBe(1);
    expect(takePgWarnings()).toEqual([]);
  });

  it("a client without the queue sends them at once (what pg warns about)", async () => {
    const bare = new PrismaClient({ adapter: new PrismaPg(getPool(), { schema: city.schemaName }) });
    try {
      observed = watchQueries();
      await busyTransaction(bare as unknown as CityDb);
      expect(observed.max).toBeGreaterThan(1);
    } finally {
      await bare.$disconnect();
      // The warning this provoked on purpose is not a failure of this test.
      takePgWarnings();
    }
  });
});
