/**
 * Issue 13.9: the commitments spreadsheet carries every field a person can edit — text, title,
 * linked articles, goals and groups, owner, department, dates, status, progress, maturity,
 * progress mode, public — and the import reads back what the export wrote: an unchanged file
 * changes nothing (CSV, CSV as Dutch Excel saves it, XLSX), an edited cell changes exactly that
 * field and lands in the history, unknown codes, owners and departments are refused cell by cell,
 * and a file of another city (or naming another city's people and departments) reaches nothing.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
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

const { GET } = await import("@/app/api/cities/[city]/commitments/export/route");
const { uploadSpreadsheetAction, applySpreadsheetImportAction } = await import("@/app/(app)/[city]/workspace/framework/spreadsheet/actions");
const { updateCommitmentAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { loadImport } = await import("@/lib/features/commitments/spreadsheet/import-store");
const { loadPlanState } = await import("@/lib/features/commitments/spreadsheet/load-state");
const { planImport } = await import("@/lib/features/commitments/spreadsheet/plan-import");
const { COLUMNS } = await import("@/lib/features/commitments/spreadsheet/columns");
const { getCommitmentByElement, getCommitmentById } = await import("@/lib/features/commitments/get-commitment");
const { toEditValues } = await import("@/lib/features/commitments/records");
const { listCommitmentUpdates } = await import("@/lib/features/commitments/list-updates");
const { translator } = await import("@/lib/features/dictionary");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { createTestCity, createUser } = await import("../helpers/cities");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
type Matrix = string[][];

let a: TestCity;
let b: TestCity;
let both: SessionUser;
let ownId: string;
const db = (c: TestCity = a) => cityDbForSchema(c.schemaName);
const at = (column: (typeof COLUMNS)[number]) => COLUMNS.indexOf(column);
const TEXT = "Everyone has a home.\n- =1+1 is no formula here\n@mention, +31 20 123 4567; 'quoted'";

async function exportBytes(city: TestCity, format: "csv" | "xlsx"): Promise<Buffer> {
  const res = await GET(new NextRequest(`http://localhost/api/cities/${city.slug}/commitments/export?format=${format}`), {
    params: Promise.resolve({ city: city.slug }),
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function exportCsv(city: TestCity = a): Promise<Matrix> {
  return parse((await exportBytes(city, "csv")).toString("utf8").replace(/^\uFEFF/, "")) as Matrix;
}

async function uploadId(city: TestCity, name: string, content: Uint8Array<ArrayBuffer> | string): Promise<string> {
  const form = new FormData();
  form.append("file", new File([content], name));
  const r = await uploadSpreadsheetAction(city.slug, form);
  if (!r.ok) throw new Error(`upload failed: ${r.error.message}`);
  return r.data.importId;
}

async function preview(importId: string, city: TestCity = a) {
  const stored = await loadImport(db(city), { cityId: city.cityId, userId: session.user!.id }, importId);
  return planImport(stored!.table, (await loadPlanState(db(city), city.cityId)).state);
}

/** Edit rows of an exported matrix by key: { F1: { status: "planned" } }. */
function edit(matrix: Matrix, changes: Record<string, Record<string, string>>): Matrix {
  const header = matrix[0]!;
  return matrix.map((row, i) => (i === 0 || !changes[row[0]!] ? row : header.map((col, j) => changes[row[0]!]![col] ?? row[j]!)));
}

/** Everything stored about the city's commitments and their history, to prove that nothing changed. */
async function snapshot(city: TestCity) {
  return {
    commitments: await db(city).commitment.findMany({ orderBy: { id: "asc" } }),
    updates: await db(city).commitmentUpdate.count(),
    fieldChanges: await db(city).commitmentFieldChange.count(),
  };
}

beforeAll(async () => {
  a = await createTestCity("allf");
  b = await createTestCity("allf");
  both = await createUser(`both-${a.slug}@example.org`);
  await controlDb().membership.createMany({
    data: [
      { userId: both.id, cityId: a.cityId, role: "officer" },
      { userId: both.id, cityId: b.cityId, role: "officer" },
    ],
  });
  const social = await db().department.create({ data: { name: "Social Affairs" } });
  await db(b).department.create({ data: { name: "Finance B" } });
  await db().rightsHolderGroup.create({ data: { key: "night_workers", nameEn: "Night workers", nameNl: "Nachtwerkers" } });
  ownId = (await db().commitment.create({ data: { layer: "tool", title: "=Own commitment", text: "  Spaces around  \n" } })).id;

  // F1 with every field filled in, through the form.
  session.user = a.users.officer;
  const f1 = toEditValues((await getCommitmentByElement(db(), "F1"))!);
  const saved = await updateCommitmentAction(a.slug, {
    ...f1,
    text: TEXT,
    status: "in_progress",
    progress: 35,
    maturity: "initiated",
    ownerId: a.users.officer.id,
    departmentId: social.id,
    startDate: "2026-01-15",
    targetDate: "2027-06-30",
    charterArticles: [21, 1],
    udhrArticles: [25],
    sdgs: [10, 16],
    groups: ["night_workers", "homeless"],
    isPublic: true,
    note: "Set up for the test.",
  });
  expect(saved.ok).toBe(true);
});

beforeEach(() => {
  session.user = a.users.officer;
});

describe("export", () => {
  it("writes every editable field, rights as their codes", async () => {
    const matrix = await exportCsv();
    expect(matrix[0]).toEqual([...COLUMNS]);
    const f1 = matrix.find((r) => r[0] === "F1")!;
    const cell = (c: (typeof COLUMNS)[number]) => f1[at(c)];
    // The formula guard puts an apostrophe where a cell could start (after a line break, a comma, a semicolon).
    expect(cell("text")).toBe("Everyone has a home.\n'- =1+1 is no formula here\n'@mention, '+31 20 123 4567; 'quoted'");
    expect([cell("status"), cell("progress"), cell("progress_mode"), cell("maturity")]).toEqual(["in_progress", "35", "manual", "initiated"]);
    expect([cell("owner_email"), cell("department"), cell("start_date"), cell("target_date")]).toEqual([
      a.users.officer.email,
      "Social Affairs",
      "2026-01-15",
      "2027-06-30",
    ]);
    expect([cell("charter_articles"), cell("udhr_articles"), cell("sdgs"), cell("groups"), cell("public")]).toEqual([
      "1; 21",
      "25",
      "10; 16",
      "homeless; night_workers",
      "yes",
    ]);
  });
});

describe("export → import without changes", () => {
  it("changes nothing from CSV, CSV saved by Dutch Excel, or XLSX, and the preview says so", async () => {
    const before = await snapshot(a);
    const csv = await exportCsv();
    for (const [name, content] of [
      ["same.csv", stringify(csv)],
      ["dutch.csv", stringify(csv, { delimiter: ";" })],
      ["same.xlsx", new Uint8Array(await exportBytes(a, "xlsx"))],
    ] as const) {
      const plan = await preview(await uploadId(a, name, content));
      expect(plan.counts, name).toEqual({ rows: 21, change: 0, unchanged: 21, rejected: 0 });
      expect(plan.applicable).toBe(false);
    }
    const importId = await uploadId(a, "same.csv", stringify(csv));
    expect(await applySpreadsheetImportAction(a.slug, { importId })).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await snapshot(a)).toEqual(before);
  });
});

describe("an edited cell changes exactly that field", () => {
  it("applies a new text, rights and owner from the CSV and records exactly those in the history", async () => {
    const before = await db().commitment.findUniqueOrThrow({ where: { elementKey: "F1" } });
    const newText = "Everyone has a home,\nand a say in it.";
    const csv = edit(await exportCsv(), {
      F1: { text: newText, charter_articles: "1; 26", owner_email: a.users.council_member.email.toUpperCase(), note: "Agreed in the steering group." },
    });
    const importId = await uploadId(a, "edited.csv", stringify(csv));
    const plan = await preview(importId);
    expect(plan.counts).toMatchObject({ change: 1, rejected: 0 });
    expect(plan.rows.find((r) => r.key === "F1")!.changes).toEqual([
      { field: "text", from: TEXT, to: newText },
      { field: "owner_email", from: a.users.officer.email, to: a.users.council_member.email },
      { field: "charter_articles", from: "1; 21", to: "1; 26" },
    ]);

    expect(await applySpreadsheetImportAction(a.slug, { importId })).toEqual({ ok: true, data: { applied: 1, updates: 0 } });
    const after = await db().commitment.findUniqueOrThrow({ where: { elementKey: "F1" } });
    expect(after).toEqual({
      ...before,
      text: newText,
      charterArticles: [1, 26],
      ownerId: a.users.council_member.id,
      version: before.version + 1,
      updatedAt: after.updatedAt,
    });

    const history = await db().commitmentFieldChange.findMany({ where: { commitmentId: after.id }, orderBy: { at: "desc" }, take: 1 });
    expect(history[0]).toMatchObject({
      source: "import",
      note: "Agreed in the steering group.",
      authorId: a.users.officer.id,
      updateId: null,
      fields: [
        { field: "text", from: TEXT, to: newText },
        { field: "ownerId", from: a.users.officer.id, to: a.users.council_member.id },
        { field: "charterArticles", from: [1, 21], to: [1, 26] },
      ],
    });
    const { entries } = await listCommitmentUpdates(db(), a.cityId, after.id);
    expect(entries[0]).toMatchObject({ source: "import", note: "Agreed in the steering group.", status: null });
    expect(entries[0]!.fields.find((f) => f.field === "ownerId")).toMatchObject({ fromName: "officer", toName: "council_member" });

    // The next export carries the new values, and reads back as no change.
    const again = await uploadId(a, "again.csv", stringify(await exportCsv()));
    expect((await preview(again)).counts).toMatchObject({ change: 0, rejected: 0 });
  });

  it("applies groups, articles, public and an own commitment's title edited in a spreadsheet program (XLSX), with status tracked as before", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportBytes(a, "xlsx")) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Commitments")!;
    const rowOf = (key: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row) => {
        if (row.getCell(1).value === key) found = row;
      });
      return found!;
    };
    const f1 = rowOf("F1");
    f1.getCell(at("groups") + 1).value = "night_workers";
    f1.getCell(at("udhr_articles") + 1).value = "1; 25";
    f1.getCell(at("public") + 1).value = "no";
    f1.getCell(at("status") + 1).value = "in_place";
    const own = rowOf(ownId);
    own.getCell(at("title") + 1).value = "Own commitment, renamed";
    const importId = await uploadId(a, "edited.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const plan = await preview(importId);
    expect(plan.counts).toMatchObject({ change: 2, rejected: 0 });
    expect(plan.rows.find((r) => r.key === "F1")!.changes.map((c) => c.field)).toEqual(["status", "udhr_articles", "groups", "public"]);
    expect(plan.rows.find((r) => r.key === ownId)!.changes).toEqual([{ field: "title", from: "=Own commitment", to: "Own commitment, renamed" }]);

    expect(await applySpreadsheetImportAction(a.slug, { importId })).toEqual({ ok: true, data: { applied: 2, updates: 1 } });
    const after = (await getCommitmentByElement(db(), "F1"))!;
    expect(after).toMatchObject({ status: "in_place", udhrArticles: [1, 25], groups: ["night_workers"] });
    expect(await db().commitment.findUniqueOrThrow({ where: { id: after.id } })).toMatchObject({ isPublic: false });
    // One history entry: the status update, with the other fields of the same row beside it.
    const { entries } = await listCommitmentUpdates(db(), a.cityId, after.id);
    expect(entries[0]).toMatchObject({ source: "import", status: { from: "in_progress", to: "in_place" }, note: "Imported from spreadsheet" });
    expect(entries[0]!.fields.map((f) => f.field)).toEqual(["udhrArticles", "groups", "isPublic"]);
    expect((await getCommitmentById(db(), ownId))!.title).toBe("Own commitment, renamed");
  });
});

describe("refused cells", () => {
  it("names the cell and the value for unknown articles, goals, groups, owners, departments and a framework element's title", async () => {
    const before = await snapshot(a);
    const csv = edit(await exportCsv(), {
      F1: { charter_articles: "1; 99", sdgs: "18", groups: "night_workers; sailors" },
      F2: { owner_email: "nobody@example.org", department: "Finance", title: "Not the element's name" },
      F3: { udhr_articles: "Art. 25", public: "perhaps", progress_mode: "automatic" },
    });
    const plan = await preview(await uploadId(a, "bad.csv", stringify(csv)));
    expect(plan.counts).toMatchObject({ rejected: 3, change: 0 });
    const t = translator("en");
    const messages = (key: string) => plan.rows.find((r) => r.key === key)!.problems.map((p) => t(`spreadsheet.problems.${p.code}`, p.vars));
    expect(messages("F1")).toEqual([
      "“99” in charter_articles is not a number from 1 to 54. Separate numbers with semicolons.",
      "“18” in sdgs is not a number from 1 to 17. Separate numbers with semicolons.",
      "This city has no rights-holder group with the key(s) “sailors”. Use the keys from Settings → Rights-holder groups.",
    ]);
    expect(messages("F2")).toEqual([
      "The title of a framework element's commitment is the element's name and cannot be changed (the file has “Not the element's name”).",
      "No member of this city has the email address “nobody@example.org”.",
      "This city has no department named “Finance”.",
    ]);
    expect(messages("F3")).toEqual([
      "“automatic” is not a way to set progress. Use one of: manual, actions.",
      "“Art.” in udhr_articles is not a number from 1 to 30. Separate numbers with semicolons.",
      "“perhaps” in public is not yes or no.",
    ]);
    expect(translator("nl")("spreadsheet.problems.articleInvalid", plan.rows[0]!.problems[0]!.vars)).toBe(
      "„99” in charter_articles is geen getal van 1 tot en met 54. Scheid getallen met puntkomma's.",
    );
    expect(await snapshot(a)).toEqual(before);
  });
});

describe("cities stay apart", () => {
  it("a file exported from another city reaches nothing there and changes nothing here", async () => {
    const beforeA = await snapshot(a);
    const beforeB = await snapshot(b);
    const fromA = await exportCsv(a);
    // A member of both cities imports A's file into B.
    session.user = both;
    const plan = await preview(await uploadId(b, "from-a.csv", stringify(fromA)), b);
    const problems = Object.fromEntries(plan.rows.map((r) => [r.key, r.problems.map((p) => p.code)]));
    // A's own commitment is unknown in B; A's owner, department and group are no one and nothing in B.
    expect(problems[ownId]).toEqual(["unknownKey"]);
    expect(problems.F1).toEqual(expect.arrayContaining(["ownerUnknown", "departmentUnknown", "groupUnknown"]));
    expect(plan.applicable).toBe(false);
    expect(await snapshot(a)).toEqual(beforeA);
    expect(await snapshot(b)).toEqual(beforeB);
  });

  it("a file naming another city's members and departments is refused cell by cell", async () => {
    const before = await snapshot(a);
    const csv = edit(await exportCsv(a), { F4: { owner_email: b.users.officer.email, department: "Finance B" } });
    const plan = await preview(await uploadId(a, "names-b.csv", stringify(csv)));
    expect(plan.rows.find((r) => r.key === "F4")!.problems).toEqual([
      { code: "ownerUnknown", vars: { value: b.users.officer.email } },
      { code: "departmentUnknown", vars: { value: "Finance B" } },
    ]);
    expect(plan.applicable).toBe(false);
    expect(await snapshot(a)).toEqual(before);
    expect(await db(b).commitmentFieldChange.count()).toBe(0);
  });
});
