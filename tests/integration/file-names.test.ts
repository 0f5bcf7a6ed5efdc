/**
 * File names with bidirectional controls are cleaned (issue 11.5): "report\u202Excod.pdf" is kept
 * as "reportxcod.pdf" wherever it is kept, shown or sent — an upload's stored name, a name stored
 * before this rule, the import preview — and every download's Content-Disposition is built by the
 * one builder (lib/kernel/storage/file-name.ts), which a new route cannot skip.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { uploadEvidenceAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { GET } = await import("@/app/api/cities/[city]/evidence/[id]/route");
const { listEvidence } = await import("@/lib/features/commitments/evidence");
const { loadImport, saveImport } = await import("@/lib/features/commitments/spreadsheet/import-store");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");
// A PDF (so the upload check accepts it) that a file list shows as "reportfdp.docx": the override
// runs "xcod.pdf" right to left.
const SPOOFED = "report\u202excod.pdf";
const BIDI_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ENCODED_BIDI = /%E2%80%A[A-F]|%E2%81%A[6-9]|%E2%80%8[EF]|%D8%9C|%00/i;

let a: TestCity;
let commitmentId: string;

function form(name: string): FormData {
  const data = new FormData();
  data.set("commitmentId", commitmentId);
  data.set("title", "Invoice");
  data.set("file", new File([PDF as BlobPart], name, { type: "application/pdf" }));
  return data;
}

function download(id: string) {
  return GET(new NextRequest(`http://localhost/api/cities/${a.slug}/evidence/${id}`), { params: Promise.resolve({ city: a.slug, id }) });
}

function expectClean(header: string | null) {
  expect(header).not.toBeNull();
  expect(header!).not.toMatch(BIDI_OR_CONTROL);
  expect(header!).not.toMatch(ENCODED_BIDI);
}

beforeAll(async () => {
  a = await createTestCity("names");
  commitmentId = (await cityDbForSchema(a.schemaName).commitment.findUniqueOrThrow({ where: { elementKey: "F1" } })).id;
});

describe("an uploaded evidence file's name", () => {
  it("is stored, listed and downloaded without its bidi controls", async () => {
    session.user = a.users.officer;
    const uploaded = await uploadEvidenceAction(a.slug, form(SPOOFED));
    expect(uploaded.ok).toBe(true);
    if (!uploaded.ok) return;
    const db = cityDbForSchema(a.schemaName);
    const row = await db.evidence.findUniqueOrThrow({ where: { id: uploaded.data.id } });
    expect(row.fileName).toBe("reportxcod.pdf");
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: row.fileId! } })).name).toBe("reportxcod.pdf");
    expect((await listEvidence(db, commitmentId)).find((e) => e.id === row.id)?.fileName).toBe("reportxcod.pdf");

    const res = await download(row.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="reportxcod.pdf"');
  });

  it("stored before this rule: cleaned where it is listed and in the download's header", async () => {
    session.user = a.users.officer;
    const uploaded = await uploadEvidenceAction(a.slug, form("plain.pdf"));
    if (!uploaded.ok) throw new Error("upload failed");
    const db = cityDbForSchema(a.schemaName);
    // What an installation from before kept: the name as the browser sent it.
    await db.evidence.update({ where: { id: uploaded.data.id }, data: { fileName: `Raad\u2067besluit\u2069 één\u200f.pdf` } });
    expect((await listEvidence(db, commitmentId)).find((e) => e.id === uploaded.data.id)?.fileName).toBe("Raadbesluit één.pdf");
    const header = (await download(uploaded.data.id)).headers.get("content-disposition");
    expectClean(header);
    expect(header).toBe(`attachment; filename="Raadbesluit een.pdf"; filename*=UTF-8''Raadbesluit%20%C3%A9%C3%A9n.pdf`);
  });
});

describe("an uploaded spreadsheet's name", () => {
  it("is kept and shown in the preview without controls or a path", async () => {
    const db = cityDbForSchema(a.schemaName);
    const saved = await saveImport(db, {
      cityId: a.cityId,
      userId: a.users.officer.id,
      fileName: `C:\\Users\\x\\sheet\u202eslx.csv\u0000`,
      format: "csv",
      table: { columns: [], rows: [] },
    });
    const loaded = await loadImport(db, { cityId: a.cityId, userId: a.users.officer.id }, saved.id);
    expect(loaded?.fileName).toBe("sheetslx.csv");
  });
});

describe("every Content-Disposition is built by the one builder", () => {
  const ROOT = process.cwd();
  const walk = (dir: string, out: string[] = []): string[] => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === "generated" || name === "node_modules") continue;
      if (statSync(full).isDirectory()) walk(full, out);
      else if (/\.(ts|tsx|mjs)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(full);
    }
    return out;
  };
  const files = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "lib"))];

  it("finds the download routes", () => {
    expect(files.filter((f) => /"Content-Disposition":/.test(readFileSync(f, "utf8"))).length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    const headers = lines.filter((l) => /"Content-Disposition":/.test(l));
    if (!headers.length) continue;
    it(path.relative(ROOT, file), () => {
      for (const line of headers)
        expect(line, "set Content-Disposition with contentDisposition() (lib/kernel/storage/file-name.ts)").toMatch(
          /"Content-Disposition": contentDisposition\(/,
        );
    });
  }
});
