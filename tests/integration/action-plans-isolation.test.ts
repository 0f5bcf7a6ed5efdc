/**
 * Ids of another city's plan, objective, action, indicator and measurement find nothing: every
 * lookup runs on the acting city's own schema, so a member of A naming B's ids gets 404 from A,
 * and B's data stays as it was. (isolation.test.ts covers B's slug for every action.)
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const P = await import("@/app/(app)/[city]/workspace/action-plan/actions");
const I = await import("@/app/(app)/[city]/workspace/indicators/actions");
const { loadPlanOverview } = await import("@/lib/features/action-plans/load-plan-overview");
const { getAction } = await import("@/lib/features/action-plans/get-action");
const { getIndicator } = await import("@/lib/features/indicators/get-indicator");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

let a: TestCity;
let b: TestCity;
const ids = { plan: "", objective: "", action: "", indicator: "", measurement: "" };

function ok<T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
}

beforeAll(async () => {
  a = await createTestCity("api");
  b = await createTestCity("api");
  session.user = b.users.officer;
  ids.plan = ok(
    await P.createPlanAction(b.slug, {
      title: "B's plan",
      summary: "",
      periodStart: "2025-01-01",
      periodEnd: "2026-12-31",
      status: "draft",
      adoptedOn: "",
      adoptionReference: "",
      adoptionNote: "",
      currency: "EUR",
    }),
  ).id;
  ids.objective = ok(await P.createObjectiveAction(b.slug, { planId: ids.plan, title: "B's objective", term: "short", themeId: "", intendedChange: "" })).id;
  ids.action = ok(
    await P.createActionAction(b.slug, {
      objectiveId: ids.objective,
      title: "B's action",
      description: "",
      departmentId: "",
      ownerId: "",
      partners: [],
      startDate: "",
      dueDate: "",
      budgetPlanned: "",
      budgetSpent: "",
      status: "not_started",
      statusReason: "",
      progress: 0,
      elementKeys: [],
      commitmentIds: [],
      charterArticles: [],
      udhrArticles: [],
      sdgs: [],
      groups: [],
      note: "",
    }),
  ).id;
  ids.indicator = ok(
    await I.createIndicatorAction(b.slug, {
      planId: ids.plan,
      name: "B's indicator",
      definition: "",
      type: "process",
      unit: "",
      direction: "higher",
      baselineValue: "",
      baselineYear: "",
      targetValue: "",
      targetYear: "",
      dataSource: "",
      ownerId: "",
      frequency: "yearly",
      dimensions: [],
      objectiveIds: [],
      charterArticles: [],
      udhrArticles: [],
      sdgs: [],
      groups: [],
    }),
  ).id;
  ids.measurement = ok(await I.createMeasurementAction(b.slug, { indicatorId: ids.indicator, period: "2025", value: "3", sourceNote: "", breakdown: [] })).id;
});

describe("another city's ids", () => {
  it("are not found by A's loaders", async () => {
    const dbA = cityDbForSchema(a.schemaName);
    expect(await loadPlanOverview(dbA, a.cityId, ids.plan)).toBeNull();
    expect(await getAction(dbA, ids.plan, ids.action)).toBeNull();
    expect(await getIndicator(dbA, ids.indicator)).toBeNull();
  });

  it("answer 404 to A's admin through A's own actions, and B's data is unchanged", async () => {
    session.user = a.users.city_admin;
    const v = { id: "", version: 1 };
    // One after another: each is a transaction of its own, and the test asserts answers, not load.
    const calls: (() => Promise<unknown>)[] = [
      () =>
        P.updatePlanAction(a.slug, {
          id: ids.plan,
          version: 1,
          title: "x",
          summary: "",
          periodStart: "2025-01-01",
          periodEnd: "2026-12-31",
          status: "draft",
          adoptedOn: "",
          adoptionReference: "",
          adoptionNote: "",
          currency: "EUR",
        }),
      () => P.deletePlanAction(a.slug, { ...v, id: ids.plan }),
      () => P.createObjectiveAction(a.slug, { planId: ids.plan, title: "x", term: "short", themeId: "", intendedChange: "" }),
      () => P.deleteObjectiveAction(a.slug, { ...v, id: ids.objective }),
      () => P.deleteActionAction(a.slug, { ...v, id: ids.action }),
      () => P.createMilestoneAction(a.slug, { actionId: ids.action, title: "x", dueDate: "2025-01-01" }),
      () =>
        P.createGapAction(a.slug, {
          planId: ids.plan,
          theme: "x",
          description: "y",
          sourceText: "",
          sourceUrl: "",
          charterArticles: [],
          udhrArticles: [],
          groups: [],
        }),
      () => I.deleteIndicatorAction(a.slug, { ...v, id: ids.indicator }),
      () => I.createMeasurementAction(a.slug, { indicatorId: ids.indicator, period: "2026", value: "1", sourceNote: "", breakdown: [] }),
      () => I.correctMeasurementAction(a.slug, { id: ids.measurement, version: 1, value: "9", sourceNote: "", breakdown: [], reason: "x" }),
      () => I.deleteMeasurementAction(a.slug, { ...v, id: ids.measurement }),
    ];
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, error: { code: "not_found" } });

    const dbB = cityDbForSchema(b.schemaName);
    expect(await dbB.actionPlan.findUniqueOrThrow({ where: { id: ids.plan } })).toMatchObject({ title: "B's plan", version: 1 });
    expect(await dbB.measurement.findUniqueOrThrow({ where: { id: ids.measurement } })).toMatchObject({ version: 1 });
    expect(await dbB.action.count()).toBe(1);
  });
});
