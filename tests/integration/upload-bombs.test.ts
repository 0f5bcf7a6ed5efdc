/**
 * Attack suite, uploads (issue 11, items 1 and 9): archive bombs through every Server Action that
 * takes a file — the commitments import, the plan data import (both kinds) and evidence uploads.
 * Each is refused with a message in the person's language, nothing is kept, and refusing costs
 * the server's process less than 100 MB at its peak; real documents still go through.
 */
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import {
  buildZip,
  deflatedPart,
  docxBomb,
  honestBomb,
  lyingDirectoryBomb,
  manyCells,
  manyEntriesArchive,
  manySharedStrings,
  storedPart,
} from "../helpers/zip-bombs";

const session = vi.hoisted(() => ({ user: null as SessionUser | null, locale: "en" }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "charta-locale" ? { value: session.locale } : undefined) }),
  headers: async () => new Headers(),
}));

const { uploadSpreadsheetAction } = await import("@/app/(app)/[city]/workspace/framework/spreadsheet/actions");
const { uploadPlanDataAction } = await import("@/app/(app)/[city]/workspace/action-plan/[plan]/data/actions");
const { uploadEvidenceAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { translator } = await import("@/lib/features/dictionary");
const { createTestCity } = await import("../helpers/cities");
const { createPlanFixture } = await import("../helpers/plan-fixture");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
let city: TestCity;
let planId: string;
let commitmentId: string;

const SHEET_BOMBS: [string, () => Buffer][] = [
  ["a directory that lies about its sizes (1 GiB behind 2 KB)", lyingDirectoryBomb],
  ["an honest directory with a ratio of 1:1000 (1 GiB)", honestBomb],
  ["15,000 entries", () => manyEntriesArchive()],
  ["a million shared strings within the byte budget", manySharedStrings],
  ["a million cells within the byte budget", manyCells],
];

const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);

function sheetForm(bytes: Buffer, name = "edited.xlsx"): FormData {
  const form = new FormData();
  form.append("file", file(bytes, name));
  return form;
}

function planForm(bytes: Buffer, kind: "measurements" | "actions"): FormData {
  const form = sheetForm(bytes, `${kind}.xlsx`);
  form.append("planId", planId);
  form.append("kind", kind);
  return form;
}

function evidenceForm(bytes: Buffer, name: string): FormData {
  const form = new FormData();
  form.set("commitmentId", commitmentId);
  form.set("title", "Council decision");
  form.set("file", file(bytes, name));
  return form;
}

const importsKept = () => cityDbForSchema(city.schemaName).storedFile.count({ where: { purpose: "import" } });
const evidenceKept = () => cityDbForSchema(city.schemaName).evidence.count();

/** The process's peak resident memory so far, in MB (it only ever grows). */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

beforeAll(async () => {
  city = await createTestCity("bomb");
  planId = (await createPlanFixture(city)).planId;
  commitmentId = (await cityDbForSchema(city.schemaName).commitment.findUniqueOrThrow({ where: { elementKey: "F1" } })).id;
  // One honest upload first, so the memory figures below compare with a server that has served one.
  session.user = city.users.officer;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Commitments").addRows([
    ["key", "status", "version"],
    ["F1", "planned", "1"],
  ]);
  const warmUp = await uploadSpreadsheetAction(city.slug, sheetForm(Buffer.from(await wb.xlsx.writeBuffer())));
  expect(warmUp).toMatchObject({ ok: true });
});

beforeEach(() => {
  session.user = city.users.officer;
  session.locale = "en";
});

describe("archive bombs are refused by every upload path, without exhausting the server", () => {
  it.each(SHEET_BOMBS)("commitments import: %s", async (_, build) => {
    const before = peakRssMb();
    const result = await uploadSpreadsheetAction(city.slug, sheetForm(build()));
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { file: ["spreadsheet.file.tooBig"] } } });
    expect(peakRssMb() - before).toBeLessThan(100);
  });

  it.each(SHEET_BOMBS)("plan data import, measurements and action updates: %s", async (_, build) => {
    const before = peakRssMb();
    for (const kind of ["measurements", "actions"] as const) {
      const result = await uploadPlanDataAction(city.slug, planForm(build(), kind));
      expect(result, kind).toMatchObject({ ok: false, error: { fieldErrors: { file: ["spreadsheet.file.tooBig"] } } });
    }
    expect(peakRssMb() - before).toBeLessThan(100);
  });

  it("evidence: office documents that unpack to a gigabyte or hold 15,000 entries are not stored", async () => {
    const before = peakRssMb();
    const cases: [Buffer, string][] = [
      [docxBomb(), "decision.docx"],
      [lyingDirectoryBomb(), "figures.xlsx"],
      [honestBomb(), "figures.xlsx"],
      [manyEntriesArchive(), "figures.xlsx"],
    ];
    for (const [bytes, name] of cases) {
      const result = await uploadEvidenceAction(city.slug, evidenceForm(bytes, name));
      expect(result, name).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { file: ["commitments.evidence.validation.fileArchive"] } } });
    }
    expect(await evidenceKept()).toBe(0);
    expect(peakRssMb() - before).toBeLessThan(100);
  });

  it("tells the person why, in their language", async () => {
    for (const locale of ["nl", "en"] as const) {
      session.locale = locale;
      const result = await uploadSpreadsheetAction(city.slug, sheetForm(lyingDirectoryBomb()));
      expect(result).toMatchObject({ ok: false, error: { message: translator(locale)("spreadsheet.file.tooBig") } });
    }
    expect(translator("nl")("spreadsheet.file.tooBig")).toMatch(/pakt uit tot veel meer gegevens/);
  });

  it("keeps nothing of a refused upload", async () => {
    const before = await importsKept();
    await uploadSpreadsheetAction(city.slug, sheetForm(honestBomb()));
    await uploadPlanDataAction(city.slug, planForm(manyCells(), "measurements"));
    expect(await importsKept()).toBe(before);
  });
});

describe("real files still go through the same paths", () => {
  it("a Word document, a workbook and an OpenDocument text are stored as evidence", async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Raadsbesluit")] }] }));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Figures").addRow(["district", "count"]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const odt = buildZip([
      storedPart("mimetype", "application/vnd.oasis.opendocument.text"),
      deflatedPart("content.xml", `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`),
      deflatedPart("META-INF/manifest.xml", `<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`),
    ]);
    for (const [bytes, name] of [
      [docx, "decision.docx"],
      [xlsx, "figures.xlsx"],
      [odt, "notes.odt"],
    ] as const) {
      const result = await uploadEvidenceAction(city.slug, evidenceForm(bytes, name));
      expect(result, name).toMatchObject({ ok: true });
    }
  });

  it("a ZIP that only names the right folders is no office document", async () => {
    const fake = buildZip([storedPart("[Content_Types].xml", "<Types/>"), storedPart("word/evil.js", "alert(1)")]);
    const renamed = buildZip([storedPart("notes.txt", "word/ xl/ ppt/")]);
    for (const [bytes, name] of [
      [renamed, "decision.docx"],
      [fake.subarray(0, fake.length - 30), "decision.docx"],
    ] as const) {
      const result = await uploadEvidenceAction(city.slug, evidenceForm(Buffer.from(bytes), name));
      expect(result, name).toMatchObject({ ok: false, error: { fieldErrors: { file: ["commitments.evidence.validation.fileContent"] } } });
    }
  });
});
