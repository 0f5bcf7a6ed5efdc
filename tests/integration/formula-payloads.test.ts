/**
 * Attack suite, spreadsheet output (issue 11, items 6 and 9), through the routes and actions the
 * browser uses: commitments, plan data and the consultation summary are exported with formula
 * payloads in their text; no cell of any export runs as a formula in a program that splits on
 * commas or on semicolons; negative numbers and dates leave unguarded; and the import reads every
 * export back (as CSV, as CSV saved again with semicolons, as XLSX) without a single change.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { FORMULA_PAYLOADS, formulaCells } from "../helpers/formula-payloads";

process.env.CHARTA_DATA_DIR = mkdtempSync(path.join(tmpdir(), "charta-formula-"));

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "charta-locale" ? { value: "nl" } : undefined) }),
  headers: async () => new Headers(),
}));

const commitmentsExport = await import("@/app/api/cities/[city]/commitments/export/route");
const planExport = await import("@/app/api/cities/[city]/plans/[planId]/export/route");
const declarationFiles = await import("@/app/api/cities/[city]/declaration/[id]/[file]/route");
const { uploadSpreadsheetAction } = await import("@/app/(app)/[city]/workspace/framework/spreadsheet/actions");
const { uploadPlanDataAction } = await import("@/app/(app)/[city]/workspace/action-plan/[plan]/data/actions");
const { loadImport } = await import("@/lib/features/commitments/spreadsheet/import-store");
const { loadPlanState } = await import("@/lib/features/commitments/spreadsheet/load-state");
const { planImport } = await import("@/lib/features/commitments/spreadsheet/plan-import");
const { previewPlanImport } = await import("@/lib/features/action-plans/data/preview-plan-import");
const { importScope } = await import("@/lib/features/action-plans/data/import-types");
const { declarationComments: comments } = await import("@/lib/features/comments/targets/declaration");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { createTestCity } = await import("../helpers/cities");
const { createPlanFixture } = await import("../helpers/plan-fixture");
const { createDeclaration } = await import("../helpers/declaration");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
let city: TestCity;
let planId: string;
let declarationId: string;
const db = () => cityDbForSchema(city.schemaName);
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
/** The same rows as a Dutch spreadsheet program saves them: semicolons. */
const semicolons = (csv: Uint8Array) => Buffer.from(stringify(parse(Buffer.from(csv), { bom: true }) as string[][], { delimiter: ";" }));

beforeAll(async () => {
  city = await createTestCity("formula");
  session.user = city.users.officer;
  for (const [i, title] of FORMULA_PAYLOADS.entries()) {
    // Department names on one line: an XLSX file (XML) gives a CR LF back as LF, and the import matches names exactly.
    const department = await db().department.create({ data: { name: `${FORMULA_PAYLOADS[(i + 1) % FORMULA_PAYLOADS.length]!.replace(/\s+/g, " ")} #${i}` } });
    await db().commitment.create({
      data: { layer: "tool", title, departmentId: department.id, startDate: new Date("2024-02-29"), targetDate: new Date("2030-12-31") },
    });
  }
  const plan = await createPlanFixture(city);
  planId = plan.planId;
  await db().measurement.createMany({
    data: [
      { indicatorId: plan.indicatorId, period: "2023", periodStart: new Date("2023-01-01"), value: "-2.5", sourceNote: "x;=2+3" },
      { indicatorId: plan.indicatorId, period: "2024", periodStart: new Date("2024-01-01"), value: "-0.125", sourceNote: "@SUM(1+1)" },
    ],
  });
  declarationId = (await createDeclaration(city.schemaName, { title: "Verklaring" })).id;
  const cityRow = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
  for (const body of ["Goed; =1+1, maar -2", '"=HYPERLINK(""http://evil"")"', "\t@x"]) {
    await comments.addComment(
      { db: db(), city: cityRow, actor: { id: city.users.officer.id, name: city.users.officer.name, role: "officer" } },
      { declarationId, body },
    );
  }
});

beforeEach(() => {
  session.user = city.users.officer;
});

async function exportCommitments(format: "csv" | "xlsx") {
  const res = await commitmentsExport.GET(new NextRequest(`http://localhost/api/cities/${city.slug}/commitments/export?format=${format}`), {
    params: Promise.resolve({ city: city.slug }),
  });
  expect(res.status).toBe(200);
  return bytesOf(res);
}

async function exportPlan(kind: "measurements" | "actions") {
  const res = await planExport.GET(new NextRequest(`http://localhost/api/cities/${city.slug}/plans/${planId}/export?kind=${kind}`), {
    params: Promise.resolve({ city: city.slug, planId }),
  });
  expect(res.status).toBe(200);
  return bytesOf(res);
}

function form(bytes: Uint8Array, name: string, fields: Record<string, string> = {}) {
  const data = new FormData();
  data.append("file", new File([new Uint8Array(bytes)], name));
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

/** Uploads a commitments file and returns the preview's counts: a faithful read changes nothing. */
async function commitmentsPreview(bytes: Uint8Array, name: string) {
  const uploaded = await uploadSpreadsheetAction(city.slug, form(bytes, name));
  if (!uploaded.ok) throw new Error(uploaded.error.message);
  const stored = await loadImport(db(), { cityId: city.cityId, userId: city.users.officer.id }, uploaded.data.importId);
  return planImport(stored!.table, (await loadPlanState(db(), city.cityId)).state);
}

async function planPreview(bytes: Uint8Array, kind: "measurements" | "actions", name: string) {
  const uploaded = await uploadPlanDataAction(city.slug, form(bytes, name, { planId, kind }));
  if (!uploaded.ok) throw new Error(uploaded.error.message);
  const stored = await loadImport(db(), { cityId: city.cityId, userId: city.users.officer.id, scope: importScope(kind, planId) }, uploaded.data.importId);
  return previewPlanImport(db(), kind, planId, stored!.table);
}

describe("exports run no formula in a program that splits on commas or semicolons", () => {
  it("the commitments CSV", async () => {
    const csv = await exportCommitments("csv");
    expect(text(csv)).toContain("x;'=2+3");
    expect(formulaCells(text(csv))).toEqual([]);
  });

  it("the plan data CSVs, with negative values written as numbers", async () => {
    const csv = text(await exportPlan("measurements"));
    expect(formulaCells(csv)).toEqual([]);
    const rows = parse(csv, { bom: true, columns: true, cast: true }) as Record<string, unknown>[];
    expect(rows.map((r) => r.value)).toEqual([-2.5, -0.125]);
    expect(formulaCells(text(await exportPlan("actions")))).toEqual([]);
  });

  it("the consultation summary CSV", async () => {
    const res = await declarationFiles.GET(new NextRequest(`http://localhost/api/cities/${city.slug}/declaration/${declarationId}/summary.csv`), {
      params: Promise.resolve({ city: city.slug, id: declarationId, file: "summary.csv" }),
    });
    const csv = text(await bytesOf(res));
    expect(csv).toContain("Goed; '=1+1, maar -2");
    expect(formulaCells(csv)).toEqual([]);
  });
});

describe("the import reads every export back unchanged", () => {
  it("commitments: CSV, CSV saved with semicolons, XLSX", async () => {
    const csv = await exportCommitments("csv");
    for (const [bytes, name] of [
      [csv, "export.csv"],
      [semicolons(csv), "saved-by-excel.csv"],
      [await exportCommitments("xlsx"), "export.xlsx"],
    ] as const) {
      const plan = await commitmentsPreview(bytes, name);
      expect(plan.counts, name).toMatchObject({ change: 0, rejected: 0, unchanged: 20 + FORMULA_PAYLOADS.length });
    }
  });

  it("plan data: measurements with negative values and guarded notes, and action updates", async () => {
    for (const kind of ["measurements", "actions"] as const) {
      const csv = await exportPlan(kind);
      for (const [bytes, name] of [
        [csv, `${kind}.csv`],
        [semicolons(csv), `${kind}-saved-by-excel.csv`],
      ] as const) {
        const preview = await planPreview(bytes, kind, name);
        expect(preview.rows.length, name).toBeGreaterThan(0);
        expect(
          preview.rows.filter((r) => r.outcome !== "unchanged"),
          name,
        ).toEqual([]);
      }
    }
  });
});
