/**
 * The dashboard loader against known data: the roll-up numbers, overdue and due soon, coverage,
 * the state on a past date after later updates, a constant number of SQL statements, and who may
 * read it.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { createTestCity } = await import("../helpers/cities");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { auditedTransaction } = await import("@/lib/kernel/records/audited");
const { applyCommitmentChange } = await import("@/lib/features/commitments/apply-change");
const { loadDashboard } = await import("@/lib/features/dashboard/load-dashboard");
const { requireCityAccess } = await import("@/lib/kernel/tenancy/city-access");
const { cityPageContext } = await import("@/lib/kernel/tenancy/page-context");
const { NotFoundError } = await import("@/lib/kernel/errors");
const { translator } = await import("@/lib/features/dictionary");
const { DashboardView } = await import("@/app/(app)/[city]/workspace/dashboard/_components/dashboard-view");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
type Db = ReturnType<typeof cityDbForSchema>;

const TODAY = "2025-06-15";
const CREATED = new Date("2024-01-01T09:00:00Z");

let city: TestCity;
let other: TestCity;
let db: Db;
let deptA: string;
let deptB: string;
let ownId: string;

/** A tracked change at a past instant, through the one path the app uses. */
async function change(
  d: Db,
  actorId: string,
  elementKey: string,
  at: string,
  c: { status?: "planned" | "in_progress" | "in_place"; progress?: number; maturity?: "initiated" | "established" },
  note = "",
) {
  await auditedTransaction(d, actorId, async (tx, audit) => {
    const before = await tx.commitment.findUniqueOrThrow({ where: { elementKey } });
    await applyCommitmentChange(tx, audit, actorId, before, before.version, { ...c, note, source: "web" }, {}, new Date(at));
  });
}

const date = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  city = await createTestCity("t-dash");
  other = await createTestCity("t-dash-o");
  db = cityDbForSchema(city.schemaName);
  const officer = city.users.officer;
  await db.commitment.updateMany({ data: { createdAt: CREATED, lastUpdateAt: CREATED } });
  deptA = (await db.department.create({ data: { name: "Social affairs" } })).id;
  deptB = (await db.department.create({ data: { name: "Housing" } })).id;

  await db.commitment.update({
    where: { elementKey: "F1" },
    data: { ownerId: officer.id, departmentId: deptA, targetDate: date("2025-06-01"), charterArticles: [1, 21], sdgs: [10] },
  });
  await db.commitment.update({ where: { elementKey: "F2" }, data: { targetDate: date("2025-05-01"), charterArticles: [21] } });
  await db.commitment.update({ where: { elementKey: "S1" }, data: { departmentId: deptA, targetDate: date("2025-07-01"), sdgs: [10, 5] } });

  await change(db, officer.id, "F1", "2024-03-01T10:00:00Z", { status: "planned", progress: 40 }, "Plan agreed");
  await change(db, officer.id, "F2", "2024-06-01T10:00:00Z", { status: "in_place", progress: 100, maturity: "initiated" });
  await change(db, officer.id, "F1", "2025-01-10T10:00:00Z", { status: "in_progress", progress: 80 }, "Most of it done");
  await change(db, city.users.city_admin.id, "S1", "2025-06-10T10:00:00Z", { progress: 50, maturity: "established" }, "Halfway");

  ownId = (
    await db.commitment.create({
      data: {
        layer: "tool",
        title: "Human rights desk in every district",
        progress: 20,
        createdAt: new Date("2025-02-01T00:00:00Z"),
        targetDate: date("2025-07-20"),
      },
    })
  ).id;
});

describe("loadDashboard", () => {
  it("rolls up progress per layer and overall, each commitment counting equally", async () => {
    const d = await loadDashboard({ db, city: { id: city.cityId } }, { today: TODAY });
    expect(d.isPast).toBe(false);
    expect(d.overall.count).toBe(21);
    // (80 + 100 + 50 + 20) / 21 = 11.9
    expect(d.overall.percent).toBe(12);
    expect(d.layers.map((l) => [l.layer, l.count, l.percent])).toEqual([
      ["foundation", 4, 45], // (80 + 100) / 4
      ["structure", 7, 7], // 50 / 7
      ["tool", 10, 2], // 20 / 10
    ]);
    expect(d.overall.statuses).toEqual({ not_started: 19, planned: 0, in_progress: 1, in_place: 1, needs_review: 0 });
    expect(d.maturity.find((m) => m.elementKey === "S1")).toMatchObject({ maturity: "established", level: 2 });
    expect(d.maturity).toHaveLength(20);
  });

  it("lists overdue and due-soon commitments", async () => {
    const d = await loadDashboard({ db, city: { id: city.cityId } }, { today: TODAY });
    // F2's date has passed too, but it is in place; the own commitment is 35 days away.
    expect(d.overdue.map((c) => c.elementKey)).toEqual(["F1"]);
    expect(d.dueSoon.map((c) => c.elementKey)).toEqual(["S1"]);
  });

  it("counts coverage by Charter title and SDG", async () => {
    const d = await loadDashboard({ db, city: { id: city.cityId } }, { today: TODAY });
    expect(Object.fromEntries(d.charter.map((c) => [c.title, c.count]))).toEqual({
      dignity: 1,
      freedoms: 0,
      equality: 2,
      solidarity: 0,
      citizens_rights: 0,
      justice: 0,
    });
    expect(d.sdgs.find((s) => s.sdg === 10)?.count).toBe(2);
    expect(d.sdgs.find((s) => s.sdg === 5)?.count).toBe(1);
  });

  it("lists departments, the empty one too, and the recent updates with who and when", async () => {
    const d = await loadDashboard({ db, city: { id: city.cityId } }, { today: TODAY });
    expect(d.departments.map((r) => [r.name, r.count, r.percent])).toEqual([
      ["Housing", 0, null],
      ["Social affairs", 2, 65],
      [null, 19, 6], // (100 + 20) / 19 = 6.3
    ]);
    expect(d.departments[0]?.departmentId).toBe(deptB);
    expect(d.departmentList.map((x) => x.id).sort()).toEqual([deptA, deptB].sort());
    expect(d.commitmentsById[ownId]?.title).toBe("Human rights desk in every district");
    expect(d.recent.map((u) => [d.commitmentsById[u.commitmentId]?.elementKey, u.note])).toEqual([
      ["S1", "Halfway"],
      ["F1", "Most of it done"],
      ["F2", ""],
      ["F1", "Plan agreed"],
    ]);
    expect(d.recent[1]).toMatchObject({ fromStatus: "planned", toStatus: "in_progress", fromProgress: 40, toProgress: 80 });
    expect(d.people[d.recent[0]!.authorId!]).toBe(city.users.city_admin.name);
    expect(d.people[city.users.officer.id]).toBe(city.users.officer.name);
    expect(d.trend).toHaveLength(24);
    expect(d.trend.at(-1)).toMatchObject({ day: TODAY, percent: 12, count: 21 });
  });

  it("shows the state on a past date, after later updates, without later commitments", async () => {
    const d = await loadDashboard({ db, city: { id: city.cityId } }, { today: TODAY, asOf: "2024-12-31" });
    expect(d.isPast).toBe(true);
    expect(d.overall.count).toBe(20); // the own commitment came in February 2025
    expect(d.commitments.some((c) => c.id === ownId)).toBe(false);
    const f1 = d.commitments.find((c) => c.elementKey === "F1")!;
    expect(f1).toMatchObject({ status: "planned", progress: 40 });
    expect(d.commitments.find((c) => c.elementKey === "S1")).toMatchObject({ progress: 0, maturity: "none" });
    expect(d.layers[0]).toMatchObject({ layer: "foundation", percent: 35 }); // (40 + 100) / 4
    expect(d.overall.percent).toBe(7); // 140 / 20
    expect(d.recent.map((u) => u.note)).toEqual(["", "Plan agreed"]);
    // The trend's months agree with the state on those days.
    const june = d.trend.find((p) => p.day === "2024-06-30")!;
    expect(june).toMatchObject({ count: 20, percent: 7, inPlace: 1 });
    const feb = d.trend.find((p) => p.day === "2024-02-29")!;
    expect(feb).toMatchObject({ count: 20, percent: 0, inPlace: 0 });
  });

  it("judges deadlines as of the past date", async () => {
    const d = await loadDashboard({ db, city: { id: city.cityId } }, { today: TODAY, asOf: "2025-05-15" });
    expect(d.overdue).toEqual([]);
    expect(d.dueSoon.map((c) => c.elementKey)).toEqual(["F1"]);
  });

  it("renders the whole dashboard with the same numbers", async () => {
    const d = await loadDashboard({ db, city: { id: city.cityId } }, { today: TODAY });
    const html = renderToString(createElement(DashboardView, { dashboard: d, locale: "en", t: translator("en"), citySlug: city.slug, charts: true }));
    expect(html).toContain("Overall progress is 12% across 21 commitments: foundations 45%, structures 7%, tools 2%.");
    expect(html).toContain("Of 21 commitments: 1 in place, 1 in progress, 0 planned, 19 not started and 0 needing review.");
    expect(html).toContain("Social affairs");
    expect(html).toContain("1 commitment is overdue.");
    const nl = renderToString(createElement(DashboardView, { dashboard: d, locale: "nl", t: translator("nl"), citySlug: city.slug, charts: false }));
    expect(nl).toContain("De totale voortgang is 12% over 21 toezeggingen");
  });
});

describe("a constant number of SQL statements", () => {
  async function countStatements(fn: () => Promise<unknown>): Promise<number> {
    const spy = vi.spyOn(pg.Client.prototype, "query");
    try {
      await fn();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it("is the same for 20 and for 60 commitments", async () => {
    const small = await createTestCity("t-dash-q");
    const smallDb = cityDbForSchema(small.schemaName);
    const big = await createTestCity("t-dash-q");
    const bigDb = cityDbForSchema(big.schemaName);
    const dept = (await bigDb.department.create({ data: { name: "Culture" } })).id;
    await bigDb.commitment.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        layer: (["foundation", "structure", "tool"] as const)[i % 3]!,
        title: `Own commitment ${i}`,
        ownerId: big.users.officer.id,
        departmentId: dept,
        progress: i,
      })),
    });
    const ids = (await bigDb.commitment.findMany({ select: { id: true } })).map((c) => c.id);
    await bigDb.commitmentUpdate.createMany({
      data: ids.flatMap((commitmentId) => [
        { commitmentId, at: new Date("2025-01-01T00:00:00Z"), authorId: big.users.officer.id, fromProgress: 0, toProgress: 10 },
        { commitmentId, at: new Date("2025-03-01T00:00:00Z"), authorId: big.users.city_admin.id, fromProgress: 10, toProgress: 20 },
      ]),
    });
    expect(await bigDb.commitment.count()).toBe(60);

    // Warm both clients first: a client's first query may set up its connection.
    await loadDashboard({ db: smallDb, city: { id: small.cityId } });
    await loadDashboard({ db: bigDb, city: { id: big.cityId } });
    const n20 = await countStatements(() => loadDashboard({ db: smallDb, city: { id: small.cityId } }));
    const n60 = await countStatements(() => loadDashboard({ db: bigDb, city: { id: big.cityId } }));
    const n60past = await countStatements(() => loadDashboard({ db: bigDb, city: { id: big.cityId } }, { asOf: "2025-02-01" }));
    expect(n20).toBeGreaterThan(0);
    expect(n60).toBe(n20);
    expect(n60past).toBe(n20);
  });
});

describe("who may read the dashboard", () => {
  it("a council member and an advisory member can", async () => {
    for (const role of ["council_member", "advisory_member"] as const) {
      const ctx = await requireCityAccess(city.users[role], city.slug, "dashboard.read");
      const d = await loadDashboard(ctx, { today: TODAY });
      expect(d.overall.percent).toBe(12);
    }
  });

  it("a member of another city gets not found", async () => {
    await expect(requireCityAccess(other.users.city_admin, city.slug, "dashboard.read")).rejects.toBeInstanceOf(NotFoundError);
    session.user = other.users.council_member;
    // The page's door answers with Next's 404, not with the dashboard.
    const err = await cityPageContext(city.slug, "dashboard.read").catch((e: unknown) => e);
    expect(String((err as { digest?: string }).digest)).toMatch(/404/);
    session.user = null;
  });

  it("an unknown slug is not found either", async () => {
    await expect(requireCityAccess(city.users.council_member, `nope-${randomUUID().slice(0, 6)}`, "dashboard.read")).rejects.toBeInstanceOf(NotFoundError);
  });
});
