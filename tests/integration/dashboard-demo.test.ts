/**
 * The demo seed gives the dashboards something true-to-life: departments, owners, target dates,
 * links and two years of history, written once (a second run adds nothing).
 * Runs in a scratch database of its own: the demo's slugs and emails are fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../helpers/database";

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

async function resetClients() {
  const { closePool } = await import("@/lib/kernel/db/pool");
  const { disconnectControl } = await import("@/lib/kernel/db/control");
  const { clearCityClients } = await import("@/lib/kernel/db/city-clients");
  await clearCityClients();
  await disconnectControl();
  await closePool();
}

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await resetClients();
  process.env.DATABASE_URL = scratch.url;
}, 120_000);

afterAll(async () => {
  await resetClients();
  await scratch.drop();
});

describe("demo seed", () => {
  // Seeding both demo cities (commitments, action plans, publication) outlasts the default 30 s on a busy machine.
  it("fills both cities with history once, and the dashboards show it", async () => {
    const { seedDemo } = await import("@/scripts/demo-data/seed-demo");
    const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
    const { controlDb } = await import("@/lib/kernel/db/control");
    const { loadDashboard } = await import("@/lib/features/dashboard/load-dashboard");
    const { addDays, isoDate } = await import("@/lib/kernel/dates");
    const fakeHash = async () => "not-a-real-hash";

    await seedDemo(fakeHash, "pw");
    const counts = async () => {
      const out: Record<string, { commitments: number; updates: number; departments: number; audit: number }> = {};
      for (const slug of ["zonnestad", "riverton"]) {
        const city = await controlDb().city.findUniqueOrThrow({ where: { slug } });
        const db = cityDbForSchema(city.schemaName);
        out[slug] = {
          commitments: await db.commitment.count(),
          updates: await db.commitmentUpdate.count(),
          departments: await db.department.count(),
          audit: await db.auditLog.count(),
        };
      }
      return out;
    };
    const first = await counts();
    await seedDemo(fakeHash, "pw");
    expect(await counts()).toEqual(first);

    for (const slug of ["zonnestad", "riverton"]) {
      expect(first[slug]!.commitments).toBe(23);
      expect(first[slug]!.updates).toBeGreaterThan(25);
      const city = await controlDb().city.findUniqueOrThrow({ where: { slug } });
      const ctx = { db: cityDbForSchema(city.schemaName), city: { id: city.id } };
      const today = await loadDashboard(ctx);
      expect(today.overdue.length).toBeGreaterThan(0);
      expect(today.dueSoon.length).toBeGreaterThan(0);
      expect(today.recent).toHaveLength(10);
      expect(today.departments.some((d) => d.departmentId && d.count === 0)).toBe(true);
      expect(today.charter.filter((c) => c.count > 0).length).toBeGreaterThanOrEqual(4);
      expect(Object.keys(today.people).length).toBeGreaterThanOrEqual(4);
      // Two years ago the city had just joined: nothing done yet, and progress grew since.
      const before = await loadDashboard(ctx, { asOf: addDays(isoDate(new Date()), -740) });
      expect(before.overall.count).toBe(20);
      expect(before.overall.percent).toBeLessThan(today.overall.percent!);
      const percents = today.trend.map((p) => p.percent ?? 0);
      expect(percents[percents.length - 1]).toBeGreaterThan(percents[0]!);
    }
  }, 120_000);
});
