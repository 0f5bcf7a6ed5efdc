import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const P = await import("@/app/(app)/[city]/workspace/action-plan/actions");
const I = await import("@/app/(app)/[city]/workspace/indicators/actions");
const { getIndicator } = await import("@/lib/features/indicators/get-indicator");
const { indicatorEditValues } = await import("@/lib/features/indicators/records");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

let city: TestCity;
let planId: string;
let objectiveId: string;
const db = () => cityDbForSchema(city.schemaName);

function ok<T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`action failed: ${JSON.stringify(r.error)}`);
  return r.data;
}

const indicator = (over: Record<string, unknown> = {}) => ({
  planId,
  name: "Share of public buildings that are step-free",
  definition: "Public buildings with step-free access to every public area, divided by all public buildings.",
  type: "outcome" as const,
  unit: "%",
  direction: "higher" as const,
  baselineValue: "40",
  baselineYear: "2022",
  targetValue: "80",
  targetYear: "2026",
  dataSource: "Building register",
  ownerId: "",
  frequency: "yearly" as const,
  dimensions: ["district" as const],
  objectiveIds: [] as string[],
  charterArticles: [26],
  udhrArticles: [],
  sdgs: [11],
  groups: ["disabilities"],
  ...over,
});

beforeAll(async () => {
  city = await createTestCity("ind");
  session.user = city.users.officer;
  planId = ok(
    await P.createPlanAction(city.slug, {
      title: "Plan",
      summary: "",
      periodStart: "2023-01-01",
      periodEnd: "2026-12-31",
      status: "draft",
      adoptedOn: "",
      adoptionReference: "",
      adoptionNote: "",
      currency: "EUR",
    }),
  ).id;
  objectiveId = ok(await P.createObjectiveAction(city.slug, { planId, title: "Accessible buildings", term: "long", themeId: "", intendedChange: "" })).id;
});

beforeEach(() => {
  session.user = city.users.officer;
});

describe("indicators", () => {
  it("are created with their objectives, edited with a version check, and need value and year together", async () => {
    const { id } = ok(await I.createIndicatorAction(city.slug, indicator({ objectiveIds: [objectiveId] })));
    const page = (await getIndicator(db(), id))!;
    expect(page.indicator).toMatchObject({ type: "outcome", baselineValue: "40", baselineYear: 2022, objectiveIds: [objectiveId], dimensions: ["district"] });

    const saved = ok(await I.updateIndicatorAction(city.slug, { ...indicatorEditValues(page.indicator), targetValue: "85", objectiveIds: [] }));
    expect(saved).toMatchObject({ targetValue: "85", objectiveIds: [], version: 2 });
    expect(await I.updateIndicatorAction(city.slug, { ...indicatorEditValues(page.indicator), name: "stale" })).toMatchObject({
      ok: false,
      error: { code: "conflict", current: { version: 2, targetValue: "85" } },
    });

    expect(await I.createIndicatorAction(city.slug, indicator({ baselineYear: "" }))).toMatchObject({
      ok: false,
      error: { fieldErrors: { baselineYear: ["indicators.validation.valueAndYear"] } },
    });
    expect(await I.createIndicatorAction(city.slug, indicator({ accumulation: "running" }))).toMatchObject({
      ok: false,
      error: { fieldErrors: { accumulation: ["indicators.validation.accumulationInvalid"] } },
    });
    // An objective of another plan is not the indicator's to measure.
    const other = ok(
      await P.createPlanAction(city.slug, {
        title: "Other",
        summary: "",
        periodStart: "2023-01-01",
        periodEnd: "2026-12-31",
        status: "draft",
        adoptedOn: "",
        adoptionReference: "",
        adoptionNote: "",
        currency: "EUR",
      }),
    );
    const foreign = ok(await P.createObjectiveAction(city.slug, { planId: other.id, title: "x", term: "short", themeId: "", intendedChange: "" }));
    expect(await I.createIndicatorAction(city.slug, indicator({ objectiveIds: [foreign.id] }))).toMatchObject({
      ok: false,
      error: { fieldErrors: { objectiveIds: ["indicators.validation.objectiveUnknown"] } },
    });
  });
});

describe("per period or cumulative (issue 13.8)", () => {
  it("is per period unless chosen, is saved and edited, and decides which figure the status reads", async () => {
    const { id } = ok(await I.createIndicatorAction(city.slug, indicator()));
    expect((await getIndicator(db(), id))!.indicator.accumulation).toBe("per_period");
    const page = (await getIndicator(db(), id))!;
    const saved = ok(await I.updateIndicatorAction(city.slug, { ...indicatorEditValues(page.indicator), accumulation: "cumulative" }));
    expect(saved).toMatchObject({ accumulation: "cumulative", version: 2 });
    expect(indicatorEditValues(saved).accumulation).toBe("cumulative");
    const audit = await db().auditLog.findFirst({ where: { entity: "Indicator", entityId: id, action: "update" }, orderBy: { at: "desc" } });
    expect(audit?.after).toMatchObject({ accumulation: "cumulative" });

    ok(await I.createMeasurementAction(city.slug, { indicatorId: id, period: "2024", value: "61", sourceNote: "", breakdown: [] }));
    // Cumulative: the running total 61 at the end of 2024 against the 60 the path expects there.
    expect((await getIndicator(db(), id))!.assessment).toMatchObject({ basis: "total", status: "on_track", expected: 60 });
  });

  it("a figure of the target year is compared with the target itself (the end of that year)", async () => {
    const { id } = ok(await I.createIndicatorAction(city.slug, indicator()));
    ok(await I.createMeasurementAction(city.slug, { indicatorId: id, period: "2026", value: "79", sourceNote: "", breakdown: [] }));
    // Before, 2026 sat at 1 January 2026, where the path expected 70, and 79 read as on track.
    expect((await getIndicator(db(), id))!.assessment).toMatchObject({ basis: "period", status: "off_track", expected: 80 });
  });
});

describe("measurements", () => {
  it("are entered per period in the indicator's frequency, once per period, with disaggregated values", async () => {
    const { id } = ok(await I.createIndicatorAction(city.slug, indicator()));
    ok(
      await I.createMeasurementAction(city.slug, {
        indicatorId: id,
        period: "2023",
        value: "48.5",
        sourceNote: "Register, March 2024",
        breakdown: [
          { dimension: "district", category: "North", value: "52" },
          { dimension: "district", category: "South", value: "45" },
        ],
      }),
    );
    expect(await I.createMeasurementAction(city.slug, { indicatorId: id, period: "2023", value: "50", sourceNote: "", breakdown: [] })).toMatchObject({
      ok: false,
      error: { fieldErrors: { period: ["indicators.validation.periodTaken"] } },
    });
    expect(await I.createMeasurementAction(city.slug, { indicatorId: id, period: "2024-Q1", value: "50", sourceNote: "", breakdown: [] })).toMatchObject({
      ok: false,
      error: { fieldErrors: { period: ["indicators.validation.period_yearly"] } },
    });
    expect(
      await I.createMeasurementAction(city.slug, {
        indicatorId: id,
        period: "2024",
        value: "50",
        sourceNote: "",
        breakdown: [{ dimension: "gender", category: "women", value: "1" }],
      }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { breakdown: ["indicators.validation.breakdownDimension"] } },
    });
    ok(await I.createMeasurementAction(city.slug, { indicatorId: id, period: "2024", value: "62", sourceNote: "", breakdown: [] }));

    const page = (await getIndicator(db(), id))!;
    expect(page.measurements.map((m) => [m.period, m.value])).toEqual([
      ["2023", "48.5"],
      ["2024", "62"],
    ]);
    expect(page.measurements[0]!.breakdown).toEqual([
      { dimension: "district", category: "North", value: "52" },
      { dimension: "district", category: "South", value: "45" },
    ]);
    // 2024 is half-way from 40 (2022) to 80 (2026): 60 is expected, 62 is on track.
    expect(page.assessment).toMatchObject({ status: "on_track", expected: 60, latest: { period: "2024", value: 62 } });
  });

  it("keeps the earlier value in the history when corrected, and refuses a stale correction", async () => {
    const { id } = ok(await I.createIndicatorAction(city.slug, indicator()));
    const { id: mId } = ok(
      await I.createMeasurementAction(city.slug, {
        indicatorId: id,
        period: "2024",
        value: "55",
        sourceNote: "First count",
        breakdown: [{ dimension: "district", category: "North", value: "60" }],
      }),
    );
    expect(await I.correctMeasurementAction(city.slug, { id: mId, version: 1, value: "58", sourceNote: "Recount", breakdown: [], reason: "" })).toMatchObject({
      ok: false,
      error: { fieldErrors: { reason: ["indicators.validation.reasonRequired"] } },
    });

    session.user = city.users.city_admin;
    const fixed = ok(
      await I.correctMeasurementAction(city.slug, {
        id: mId,
        version: 1,
        value: "58",
        sourceNote: "Recount",
        breakdown: [],
        reason: "Two buildings were counted twice.",
      }),
    );
    expect(fixed).toMatchObject({ value: "58", version: 2, createdBy: city.users.officer.id, updatedBy: city.users.city_admin.id });
    expect(await I.correctMeasurementAction(city.slug, { id: mId, version: 1, value: "1", sourceNote: "", breakdown: [], reason: "stale" })).toMatchObject({
      ok: false,
      error: { code: "conflict", current: { value: "58" } },
    });

    const page = (await getIndicator(db(), id))!;
    expect(page.revisions).toEqual([
      expect.objectContaining({
        measurementId: mId,
        value: "55",
        sourceNote: "First count",
        breakdown: [{ dimension: "district", category: "North", value: "60" }],
        enteredBy: city.users.officer.id,
        changedBy: city.users.city_admin.id,
        reason: "Two buildings were counted twice.",
      }),
    ]);
    const audit = await db().auditLog.findMany({ where: { entity: "Measurement", entityId: mId }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("council members read but cannot enter or correct", async () => {
    const { id } = ok(await I.createIndicatorAction(city.slug, indicator()));
    session.user = city.users.council_member;
    expect(await I.createMeasurementAction(city.slug, { indicatorId: id, period: "2024", value: "1", sourceNote: "", breakdown: [] })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await I.updateIndicatorAction(city.slug, {})).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db().measurement.count({ where: { indicatorId: id } })).toBe(0);
  });
});
