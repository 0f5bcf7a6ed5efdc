/**
 * Plan data through the doors the browser uses: the export route, the upload action, the preview
 * and the apply action. New measurements and corrections (earlier value kept in
 * MeasurementRevision), action updates into the action's history, one bad or stale row applies
 * nothing, an export is a file the import accepts, and nothing crosses from one city to another.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "charta-locale" ? { value: "en" } : undefined) }),
  headers: async () => new Headers(),
}));

const { GET } = await import("@/app/api/cities/[city]/plans/[planId]/export/route");
const { uploadPlanDataAction, applyPlanDataImportAction, discardPlanDataImportAction } =
  await import("@/app/(app)/[city]/workspace/action-plan/[plan]/data/actions");
const { loadImport } = await import("@/lib/features/commitments/spreadsheet/import-store");
const { previewPlanImport } = await import("@/lib/features/action-plans/data/preview-plan-import");
const { importScope } = await import("@/lib/features/action-plans/data/import-types");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { createTestCity } = await import("../helpers/cities");
const { createPlanFixture } = await import("../helpers/plan-fixture");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
type Kind = "measurements" | "actions";
let a: TestCity;
let b: TestCity;
let plan: Awaited<ReturnType<typeof createPlanFixture>>;
let planB: Awaited<ReturnType<typeof createPlanFixture>>;
const db = (c: TestCity = a) => cityDbForSchema(c.schemaName);

beforeAll(async () => {
  a = await createTestCity("pdata");
  b = await createTestCity("pdata");
  plan = await createPlanFixture(a);
  planB = await createPlanFixture(b);
});

beforeEach(() => {
  session.user = a.users.officer;
});

async function exportCsv(kind: Kind, city: TestCity = a, planId = plan.planId) {
  return GET(new NextRequest(`http://localhost/api/cities/${city.slug}/plans/${planId}/export?kind=${kind}`), {
    params: Promise.resolve({ city: city.slug, planId }),
  });
}

async function exportMatrix(kind: Kind): Promise<string[][]> {
  const res = await exportCsv(kind);
  expect(res.status).toBe(200);
  return parse(
    Buffer.from(await res.arrayBuffer())
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
  ) as string[][];
}

function upload(kind: Kind, rows: string[][], city: TestCity = a, planId = plan.planId) {
  const form = new FormData();
  form.append("file", new File([stringify(rows)], `${kind}.csv`));
  form.append("planId", planId);
  form.append("kind", kind);
  return uploadPlanDataAction(city.slug, form);
}

async function uploadId(kind: Kind, rows: string[][]): Promise<string> {
  const r = await upload(kind, rows);
  if (!r.ok) throw new Error(`upload failed: ${r.error.message}`);
  return r.data.importId;
}

async function preview(kind: Kind, importId: string) {
  const stored = await loadImport(
    cityDbForSchema(a.schemaName),
    { cityId: a.cityId, userId: session.user!.id, scope: importScope(kind, plan.planId) },
    importId,
  );
  return stored ? previewPlanImport(db(), kind, plan.planId, stored.table) : null;
}

const M_HEADER = ["indicator_id", "indicator", "unit", "period", "value", "breakdown", "source_note", "reason", "version"];

describe("measurements", () => {
  it("exports only the header while there are no measurements", async () => {
    expect(await exportMatrix("measurements")).toEqual([M_HEADER]);
  });

  it("refuses a file with a bad row (with row, column and message) and applies nothing", async () => {
    const id = await uploadId("measurements", [
      M_HEADER,
      [plan.indicatorId, "", "", "2023", "48", "district:North=50; district:South=46", "Building audit", "", ""],
      [plan.indicatorId, "", "", "2024-Q1", "51", "", "", "", ""],
    ]);
    const p = (await preview("measurements", id))!;
    expect(p.counts).toMatchObject({ new: 1, rejected: 1 });
    expect(p.rows[1]).toMatchObject({ line: 3, problems: [{ code: "period_yearly", column: "period", vars: { value: "2024-Q1", example: "2024" } }] });
    const r = await applyPlanDataImportAction(a.slug, { planId: plan.planId, kind: "measurements", importId: id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe("The import was not applied because rows are refused. Nothing was saved.");
    expect(await db().measurement.count({ where: { indicatorId: plan.indicatorId } })).toBe(0);
    expect((await discardPlanDataImportAction(a.slug, { planId: plan.planId, kind: "measurements", importId: id })).ok).toBe(true);
  });

  it("adds two years of measurements, then corrects one keeping the earlier value", async () => {
    const id = await uploadId("measurements", [
      M_HEADER,
      ["", "Accessible public buildings", "%", "2023", "48", "district:North=50; district:South=46", "Building audit", "", ""],
      ["", "accessible public buildings", "%", "2024", "55,5", "", "Building audit", "", ""],
    ]);
    const r = await applyPlanDataImportAction(a.slug, { planId: plan.planId, kind: "measurements", importId: id });
    expect(r).toEqual({ ok: true, data: { applied: 2 } });
    const rows = await db().measurement.findMany({ where: { indicatorId: plan.indicatorId }, orderBy: { periodStart: "asc" } });
    expect(rows.map((m) => [m.period, m.value.toString(), m.source, m.createdBy])).toEqual([
      ["2023", "48", "import", a.users.officer.id],
      ["2024", "55.5", "import", a.users.officer.id],
    ]);
    expect(rows[0]!.breakdown).toEqual({ district: { North: 50, South: 46 } });
    // The import is gone once applied.
    expect(await preview("measurements", id)).toBeNull();

    // Export, correct 2024 with a reason, import: the earlier value goes to the history.
    const matrix = await exportMatrix("measurements");
    expect(matrix.slice(1).map((r) => [r[3], r[4], r[5], r[8]])).toEqual([
      ["2023", "48", "district:North=50; district:South=46", "1"],
      ["2024", "55.5", "", "1"],
    ]);
    matrix[2]![4] = "54";
    matrix[2]![7] = "Audit recount";
    session.user = a.users.city_admin;
    const fix = await uploadId("measurements", matrix);
    expect((await preview("measurements", fix))!.counts).toMatchObject({ change: 1, unchanged: 1, rejected: 0 });
    expect(await applyPlanDataImportAction(a.slug, { planId: plan.planId, kind: "measurements", importId: fix })).toEqual({ ok: true, data: { applied: 1 } });
    const corrected = await db().measurement.findFirstOrThrow({ where: { indicatorId: plan.indicatorId, period: "2024" }, include: { revisions: true } });
    expect(corrected.value.toString()).toBe("54");
    expect(corrected.version).toBe(2);
    expect(corrected.revisions).toHaveLength(1);
    expect(corrected.revisions[0]).toMatchObject({
      reason: "Audit recount",
      enteredBy: a.users.officer.id,
      changedBy: a.users.city_admin.id,
      source: "import",
    });
    expect(corrected.revisions[0]!.value.toString()).toBe("55.5");
    expect(await db().auditLog.count({ where: { entity: "Measurement", entityId: corrected.id } })).toBe(2);

    // The same old export again: its version is stale now, so nothing is applied.
    matrix[2]![4] = "60";
    const stale = await uploadId("measurements", matrix);
    expect((await preview("measurements", stale))!.rows[1]!.problems[0]!.code).toBe("versionStale");
  });
});

describe("action updates", () => {
  it("applies status, progress, reason and budget into the action's history, all or nothing", async () => {
    const matrix = await exportMatrix("actions");
    expect(matrix[0]).toEqual(["action_id", "objective", "action", "due_date", "status", "progress", "status_reason", "budget_spent", "note", "version"]);
    expect(matrix.slice(1).map((r) => r[2])).toEqual(["Audit all public buildings", "Install ramps and automatic doors"]);
    const [header, first, second] = matrix as [string[], string[], string[]];
    const col = (name: string) => header.indexOf(name);

    // A delayed action without a reason is refused: nothing from the file is saved.
    const bad = [header, [...first], [...second]];
    bad[1]![col("progress")] = "60";
    bad[2]![col("status")] = "delayed";
    const badId = await uploadId("actions", bad);
    expect((await preview("actions", badId))!.rows[1]!.problems).toEqual([{ code: "reasonRequired", column: "status_reason", vars: { status: "delayed" } }]);
    expect((await applyPlanDataImportAction(a.slug, { planId: plan.planId, kind: "actions", importId: badId })).ok).toBe(false);
    expect((await db().action.findUniqueOrThrow({ where: { id: plan.actionIds[0] } })).progress).toBe(40);

    bad[2]![col("status_reason")] = "Contractor went bankrupt";
    bad[2]![col("budget_spent")] = "1250.50";
    bad[2]![col("note")] = "Tender restarted";
    const goodId = await uploadId("actions", bad);
    expect(await applyPlanDataImportAction(a.slug, { planId: plan.planId, kind: "actions", importId: goodId })).toEqual({ ok: true, data: { applied: 2 } });
    const ramps = await db().action.findUniqueOrThrow({ where: { id: plan.actionIds[1] }, include: { updates: true } });
    expect(ramps).toMatchObject({ status: "delayed", statusReason: "Contractor went bankrupt", version: 2 });
    expect(ramps.budgetSpent?.toString()).toBe("1250.5");
    expect(ramps.updates).toHaveLength(1);
    expect(ramps.updates[0]).toMatchObject({
      fromStatus: "not_started",
      toStatus: "delayed",
      note: "Tender restarted",
      source: "import",
      statusReason: "Contractor went bankrupt",
      authorId: a.users.officer.id,
    });
    const audit = await db().action.findUniqueOrThrow({ where: { id: plan.actionIds[0] }, include: { updates: true } });
    expect(audit.updates[0]).toMatchObject({ fromProgress: 40, toProgress: 60, note: "Imported from spreadsheet" });
  });
});

describe("roles and cities", () => {
  it("lets a council member download but not upload", async () => {
    session.user = a.users.council_member;
    expect((await exportCsv("actions")).status).toBe(200);
    const r = await upload("actions", [
      ["action_id", "version"],
      [plan.actionIds[0], "1"],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("forbidden");
  });

  it("answers 404 for another city's plan, through either city", async () => {
    expect((await exportCsv("measurements", a, planB.planId)).status).toBe(404);
    expect((await exportCsv("measurements", b, planB.planId)).status).toBe(404);
    const r = await upload("measurements", [M_HEADER, [planB.indicatorId, "", "", "2024", "1", "", "", "", ""]], a, planB.planId);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("not_found");
  });

  it("does not open an upload for another plan or kind", async () => {
    const id = await uploadId("actions", [
      ["action_id", "version"],
      [plan.actionIds[0], "1"],
    ]);
    expect(
      await loadImport(cityDbForSchema(a.schemaName), { cityId: a.cityId, userId: a.users.officer.id, scope: importScope("measurements", plan.planId) }, id),
    ).toBeNull();
    expect(await loadImport(cityDbForSchema(a.schemaName), { cityId: a.cityId, userId: a.users.officer.id }, id)).toBeNull();
    const r = await applyPlanDataImportAction(a.slug, { planId: plan.planId, kind: "measurements", importId: id });
    expect(r.ok).toBe(false);
  });
});
