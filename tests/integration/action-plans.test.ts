import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const P = await import("@/app/(app)/[city]/workspace/action-plan/actions");
const { updateCommitmentAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { getCommitmentByElement } = await import("@/lib/features/commitments/get-commitment");
const { toEditValues } = await import("@/lib/features/commitments/records");
const { loadPlanOverview } = await import("@/lib/features/action-plans/load-plan-overview");
const { getAction } = await import("@/lib/features/action-plans/get-action");
const { actionEditValues } = await import("@/lib/features/action-plans/records");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);

const plan = {
  title: "Human rights action plan 2025–2028",
  summary: "",
  periodStart: "2025-01-01",
  periodEnd: "2028-12-31",
  status: "draft" as const,
  adoptedOn: "",
  adoptionReference: "",
  adoptionNote: "",
  currency: "EUR",
};

const action = (objectiveId: string, over: Record<string, unknown> = {}) => ({
  objectiveId,
  title: "Train front-desk staff",
  description: "",
  departmentId: "",
  ownerId: "",
  partners: ["Legal aid clinic"],
  startDate: "2025-02-01",
  dueDate: "2025-12-31",
  budgetPlanned: "12000.50",
  budgetSpent: "",
  status: "not_started" as const,
  statusReason: "",
  progress: 0,
  elementKeys: [] as never[],
  commitmentIds: [] as string[],
  charterArticles: [21],
  udhrArticles: [],
  sdgs: [10],
  groups: ["disabilities"],
  note: "",
  ...over,
});

function ok<T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`action failed: ${JSON.stringify(r.error)}`);
  return r.data;
}

async function newPlanWithObjective() {
  const { id: planId } = ok(await P.createPlanAction(city.slug, plan));
  const { id: objectiveId } = ok(
    await P.createObjectiveAction(city.slug, {
      planId,
      title: "Accessible city services",
      term: "short",
      themeId: "",
      intendedChange: "Residents with disabilities use services unaided.",
    }),
  );
  return { planId, objectiveId };
}

beforeAll(async () => {
  city = await createTestCity("ap");
});

beforeEach(() => {
  session.user = city.users.officer;
});

describe("plans", () => {
  it("creates, edits and refuses a stale edit with the stored record; every write is audited", async () => {
    const { id } = ok(await P.createPlanAction(city.slug, plan));
    const stored = await db().actionPlan.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ title: plan.title, status: "draft", currency: "EUR", version: 1, createdBy: city.users.officer.id });

    const adopted = ok(
      await P.updatePlanAction(city.slug, {
        ...plan,
        id,
        version: 1,
        status: "adopted",
        adoptedOn: "2025-03-10",
        adoptionReference: "Council resolution 2025/14",
      }),
    );
    expect(adopted).toMatchObject({ status: "adopted", adoptedOn: "2025-03-10", version: 2 });

    // Someone still on version 1 saves: refused, and told what is stored now.
    const stale = await P.updatePlanAction(city.slug, { ...plan, id, version: 1, title: "Overwrite" });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict", current: { title: plan.title, status: "adopted", version: 2 } } });
    expect((await db().actionPlan.findUniqueOrThrow({ where: { id } })).title).toBe(plan.title);

    const audit = await db().auditLog.findMany({ where: { entity: "ActionPlan", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]).toMatchObject({
      actorId: city.users.officer.id,
      before: expect.objectContaining({ status: "draft" }),
      after: expect.objectContaining({ status: "adopted" }),
    });
  });

  it("needs an adoption date once adopted, and an end after the start", async () => {
    const r = await P.createPlanAction(city.slug, { ...plan, status: "adopted", periodEnd: "2024-01-01" });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: "validation",
        fieldErrors: { adoptedOn: ["actionPlans.validation.adoptedOnRequired"], periodEnd: ["actionPlans.validation.endBeforeStart"] },
      },
    });
  });

  it("keeps baseline gaps, strategy links and themes; a deleted theme leaves its objectives unthemed", async () => {
    const { id: planId } = ok(await P.createPlanAction(city.slug, plan));
    ok(
      await P.createGapAction(city.slug, {
        planId,
        theme: "Housing",
        description: "Waiting lists of 7 years for social housing.",
        sourceText: "Housing needs survey 2024",
        sourceUrl: "https://example.org/survey",
        charterArticles: [34],
        udhrArticles: [25],
        groups: ["homeless"],
      }),
    );
    expect(
      await P.createGapAction(city.slug, {
        planId,
        theme: "X",
        description: "Y",
        sourceText: "",
        sourceUrl: "javascript:alert(1)",
        charterArticles: [],
        udhrArticles: [],
        groups: [],
      }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { sourceUrl: ["actionPlans.validation.urlInvalid"] } },
    });
    ok(await P.createStrategyAction(city.slug, { planId, title: "EU Anti-racism Action Plan", level: "eu", url: "https://example.eu/plan", note: "" }));
    const { id: themeId } = ok(await P.createThemeAction(city.slug, { planId, title: "Inclusion", description: "" }));
    const { id: objectiveId } = ok(await P.createObjectiveAction(city.slug, { planId, title: "Fewer refusals", term: "long", themeId, intendedChange: "" }));
    ok(await P.deleteThemeAction(city.slug, { id: themeId, version: 1 }));
    expect(await db().objective.findUniqueOrThrow({ where: { id: objectiveId } })).toMatchObject({ themeId: null });
    const overview = (await loadPlanOverview(db(), city.cityId, planId))!;
    expect(overview.gaps).toHaveLength(1);
    expect(overview.strategies[0]).toMatchObject({ level: "eu" });
    expect(overview.themes).toHaveLength(0);
  });

  it("refuses a theme of another plan for an objective", async () => {
    const a = ok(await P.createPlanAction(city.slug, plan));
    const b = ok(await P.createPlanAction(city.slug, plan));
    const { id: themeId } = ok(await P.createThemeAction(city.slug, { planId: b.id, title: "B's theme", description: "" }));
    expect(await P.createObjectiveAction(city.slug, { planId: a.id, title: "O", term: "short", themeId, intendedChange: "" })).toMatchObject({
      ok: false,
      error: { fieldErrors: { themeId: ["actionPlans.validation.themeInvalid"] } },
    });
  });
});

describe("actions", () => {
  it("records every change of status or progress in the history, requires a reason when at risk, and rolls up", async () => {
    const { planId, objectiveId } = await newPlanWithObjective();
    const { id } = ok(await P.createActionAction(city.slug, action(objectiveId)));
    const { id: other } = ok(await P.createActionAction(city.slug, action(objectiveId, { title: "Audit buildings", progress: 50, status: "on_track" })));

    const page = (await getAction(db(), planId, id))!;
    expect(page.action).toMatchObject({ budgetPlanned: "12000.50", partners: ["Legal aid clinic"], version: 1 });

    const noReason = await P.updateActionAction(city.slug, { ...actionEditValues(page.action), status: "at_risk", progress: 10 });
    expect(noReason).toMatchObject({ ok: false, error: { fieldErrors: { statusReason: ["actionPlans.validation.reasonRequired"] } } });

    const saved = ok(
      await P.updateActionAction(city.slug, {
        ...actionEditValues(page.action),
        status: "at_risk",
        statusReason: "Trainer unavailable until May.",
        progress: 10,
        note: "Started with one team.",
      }),
    );
    expect(saved.updateId).toBeTruthy();
    expect(saved.action).toMatchObject({ status: "at_risk", progress: 10, version: 2 });
    const history = (await getAction(db(), planId, id))!.history;
    expect(history).toEqual([
      expect.objectContaining({
        fromStatus: "not_started",
        toStatus: "at_risk",
        fromProgress: 0,
        toProgress: 10,
        statusReason: "Trainer unavailable until May.",
        note: "Started with one team.",
        authorId: city.users.officer.id,
        source: "web",
      }),
    ]);

    // A stale save is refused with the stored action; nothing changes.
    const stale = await P.updateActionAction(city.slug, { ...actionEditValues(page.action), title: "Stale" });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict", current: { id, status: "at_risk", version: 2 } } });

    // Roll-up: (10 + 50) / 2; a cancelled action drops out.
    let overview = (await loadPlanOverview(db(), city.cityId, planId))!;
    expect(overview.rollup.progress).toBe(30);
    expect(overview.objectives[0]!.rollup.progress).toBe(30);
    const o = (await getAction(db(), planId, other))!.action;
    ok(await P.updateActionAction(city.slug, { ...actionEditValues(o), status: "cancelled", note: "Merged into the other action." }));
    overview = (await loadPlanOverview(db(), city.cityId, planId))!;
    expect(overview.rollup).toMatchObject({ progress: 10, counted: 1, total: 2 });
  });

  it("moves an action only within its plan, and milestones are added, completed and deleted", async () => {
    const { planId, objectiveId } = await newPlanWithObjective();
    const elsewhere = await newPlanWithObjective();
    const { id } = ok(await P.createActionAction(city.slug, action(objectiveId)));
    const a = (await getAction(db(), planId, id))!.action;
    expect(await P.updateActionAction(city.slug, { ...actionEditValues(a), objectiveId: elsewhere.objectiveId })).toMatchObject({
      ok: false,
      error: { fieldErrors: { objectiveId: ["actionPlans.validation.objectiveUnknown"] } },
    });
    // Looked up under the wrong plan, the action does not exist.
    expect(await getAction(db(), elsewhere.planId, id)).toBeNull();

    const { id: mId } = ok(await P.createMilestoneAction(city.slug, { actionId: id, title: "Curriculum ready", dueDate: "2025-04-01" }));
    expect(ok(await P.completeMilestoneAction(city.slug, { id: mId, version: 1, completedOn: "2025-03-28" }))).toMatchObject({
      completedOn: "2025-03-28",
      version: 2,
    });
    expect(await P.deleteMilestoneAction(city.slug, { id: mId, version: 1 })).toMatchObject({ ok: false, error: { code: "conflict" } });
    ok(await P.deleteMilestoneAction(city.slug, { id: mId, version: 2 }));
    expect(await db().milestone.count({ where: { actionId: id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entity: "Milestone", entityId: mId } })).toBe(3);
  });
});

describe("a commitment's progress from its linked actions", () => {
  it("follows the mean of the linked non-cancelled actions, and each change lands in the commitment's history", async () => {
    const { planId, objectiveId } = await newPlanWithObjective();
    const commitment = (await getCommitmentByElement(db(), "T5"))!;
    const a = ok(await P.createActionAction(city.slug, action(objectiveId, { progress: 20, status: "on_track", commitmentIds: [commitment.id] })));
    ok(await P.createActionAction(city.slug, action(objectiveId, { progress: 60, status: "on_track", commitmentIds: [commitment.id] })));
    // Still manual: linking changes nothing.
    expect((await getCommitmentByElement(db(), "T5"))!.progress).toBe(0);

    // Switch the mode on the commitment form: the mean (40) is taken at once, without a note —
    // but "Not started" at 40% contradicts itself (issue 13.7): saved only when the officer keeps the status.
    expect(await updateCommitmentAction(city.slug, { ...toEditValues(commitment), progressMode: "actions" })).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { keepStatus: ["commitments.validation.statusContradicts"] } },
    });
    const switched = await updateCommitmentAction(city.slug, { ...toEditValues(commitment), progressMode: "actions", keepStatus: true });
    expect(switched).toMatchObject({ ok: true, data: { commitment: { progressMode: "actions", progress: 40, status: "not_started" } } });

    // An action moves: the commitment follows, recorded with source "actions".
    const first = (await getAction(db(), planId, a.id))!.action;
    ok(await P.updateActionAction(city.slug, { ...actionEditValues(first), progress: 80, note: "Most teams trained." }));
    expect((await getCommitmentByElement(db(), "T5"))!.progress).toBe(70);
    // Done counts as 100; cancelled drops out.
    const again = (await getAction(db(), planId, a.id))!.action;
    ok(await P.updateActionAction(city.slug, { ...actionEditValues(again), status: "cancelled", note: "Stopped." }));
    expect((await getCommitmentByElement(db(), "T5"))!.progress).toBe(60);

    const updates = await db().commitmentUpdate.findMany({ where: { commitmentId: commitment.id }, orderBy: { at: "asc" } });
    expect(updates.map((u) => [u.source, u.fromProgress, u.toProgress])).toEqual([
      ["web", 0, 40],
      ["actions", 40, 70],
      ["actions", 70, 60],
    ]);
    // Typed progress is ignored while the mode is "actions".
    const now = (await getCommitmentByElement(db(), "T5"))!;
    ok(await updateCommitmentAction(city.slug, { ...toEditValues(now), progress: 5, note: "typed", keepStatus: true }));
    expect((await getCommitmentByElement(db(), "T5"))!.progress).toBe(60);
  });

  it("recomputes when a linked action is deleted", async () => {
    const { planId, objectiveId } = await newPlanWithObjective();
    const commitment = (await getCommitmentByElement(db(), "T6"))!;
    ok(await updateCommitmentAction(city.slug, { ...toEditValues(commitment), progressMode: "actions" }));
    const a = ok(await P.createActionAction(city.slug, action(objectiveId, { progress: 10, status: "on_track", commitmentIds: [commitment.id] })));
    ok(await P.createActionAction(city.slug, action(objectiveId, { progress: 50, status: "on_track", commitmentIds: [commitment.id] })));
    expect((await getCommitmentByElement(db(), "T6"))!.progress).toBe(30);
    ok(await P.deleteActionAction(city.slug, { id: a.id, version: 1 }));
    expect((await getCommitmentByElement(db(), "T6"))!.progress).toBe(50);
    expect(await getAction(db(), planId, a.id)).toBeNull();
  });
});

describe("who may edit", () => {
  it("council and advisory members read but every plan action refuses them; an admin may edit", async () => {
    const { planId, objectiveId } = await newPlanWithObjective();
    for (const role of ["council_member", "advisory_member"] as const) {
      session.user = city.users[role];
      expect(await P.createPlanAction(city.slug, plan)).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await P.createObjectiveAction(city.slug, { planId, title: "x", term: "short", themeId: "", intendedChange: "" })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(await P.createActionAction(city.slug, action(objectiveId))).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await P.deletePlanAction(city.slug, { id: planId, version: 1 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    session.user = city.users.city_admin;
    expect((await P.createActionAction(city.slug, action(objectiveId))).ok).toBe(true);
    expect(await db().action.count({ where: { objectiveId } })).toBe(1);
  });
});
