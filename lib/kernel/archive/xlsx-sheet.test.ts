import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildZip, deflatedPart, repeatDeflated, storedPart, xlsxWith, type ZipPart } from "@/tests/helpers/zip-bombs";
import { SHEET_LIMITS } from "@/lib/kernel/sheets/read-limits";
import { readXlsxSheet, type SheetLimits } from "./xlsx-sheet";

/** The reading the import did before (exceljs), kept here as the reference the streaming reader must match. */
async function readWithExceljs(buf: Uint8Array, preferred: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(preferred) ?? wb.worksheets[0]!;
  const text = (v: ExcelJS.CellValue): string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ("richText" in v) return v.richText.map((p) => p.text).join("");
    if ("formula" in v || "sharedFormula" in v) return text((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ("error" in v) return String(v.error);
    return "";
  };
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    out[n - 1] = Array.from({ length: Math.min(ws.columnCount, 100) }, (_, c) => text(row.getCell(c + 1).value));
  });
  return out;
}

/** Rows as a matrix, trailing empty cells dropped, so both readers compare by content. */
function matrixOf(rows: { index: number; cells: string[] }[]): string[][] {
  const out: string[][] = [];
  for (const r of rows) out[r.index] = r.cells;
  return trim(out);
}
const trim = (m: string[][]) =>
  Array.from(m, (r) => {
    const cells = [...(r ?? [])];
    while (cells.length && cells.at(-1) === "") cells.pop();
    return cells;
  });

const read = (buf: Uint8Array, limits: Partial<SheetLimits> = {}, preferred = "Commitments") => readXlsxSheet(buf, { ...SHEET_LIMITS, ...limits }, preferred);

describe("readXlsxSheet reads what exceljs reads", () => {
  it("an exceljs workbook: text, numbers, negatives, dates, booleans, formulas, rich text, sparse rows and the preferred sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Help").addRow(["not this one"]);
    const ws = wb.addWorksheet("Commitments");
    ws.addRow(["key", "title", "progress", "start_date", "flag", "formula", "rich", "error"]);
    ws.addRow([
      "F1",
      '=HYPERLINK("http://x")',
      40,
      new Date("2025-03-01T00:00:00Z"),
      true,
      { formula: "1+1", result: 2 },
      { richText: [{ text: "Human " }, { text: "rights", font: { bold: true } }] },
      { error: "#N/A" },
    ]);
    ws.addRow([]);
    ws.addRow(["T9", 'Ünïcode & <tags> "quoted"; x;=2+3', -2.5, null, false, { formula: "A1", result: "text result" }]);
    ws.getCell("D2").numFmt = "yyyy-mm-dd";
    ws.getCell("C4").numFmt = "0.00";
    ws.getCell("L6").value = "far right";
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(matrixOf(read(buf))).toEqual(trim(await readWithExceljs(buf, "Commitments")));
    expect(matrixOf(read(buf))[1]).toEqual(["F1", '=HYPERLINK("http://x")', "40", "2025-03-01", "true", "2", "Human rights", "#N/A"]);
    expect(matrixOf(read(buf, {}, "Missing"))).toEqual([["not this one"]]);
  });

  it("and more: prefixed names, inline strings, phonetic runs, 1904 dates, absolute targets, cells without references", () => {
    const x = `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
    const parts: ZipPart[] = [
      deflatedPart("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
      deflatedPart(
        "_rels/.rels",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      ),
      deflatedPart(
        "xl/workbook.xml",
        `<x:workbook ${x} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Data" sheetId="7" r:id="rS"/></x:sheets></x:workbook>`,
      ),
      deflatedPart(
        "xl/_rels/workbook.xml.rels",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="rY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      ),
      deflatedPart(
        "xl/strings.xml",
        `<x:sst ${x}><x:si><x:t>key</x:t></x:si><x:si><x:r><x:t xml:space="preserve">Tokyo </x:t></x:r><x:r><x:t>office</x:t></x:r><x:rPh sb="0" eb="1"><x:t>トウキョウ</x:t></x:rPh></x:si></x:sst>`,
      ),
      deflatedPart(
        "xl/styles.xml",
        `<x:styleSheet ${x}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd&quot;/&quot;mm&quot;/&quot;yyyy"/></x:numFmts><x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
      ),
      deflatedPart(
        "xl/worksheets/data.xml",
        `<x:worksheet ${x}><x:sheetData><x:row r="1"><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>title &amp; more</x:t></x:is></x:c></x:row>` +
          `<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="C2" s="1"><x:v>45000</x:v></x:c><x:c r="D2" s="2"><x:v>45000.75</x:v></x:c><x:c r="E2" t="str"><x:f>A2</x:f><x:v>Tokyo office</x:v></x:c><x:c r="F2" t="b"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    ];
    // exceljs cannot read this package at all (it expects fixed part names and no prefixes).
    const rows = matrixOf(read(buildZip(parts)));
    expect(rows).toEqual([
      ["key", "title & more"],
      ["Tokyo office", "", "2027-03-16", "2027-03-16", "Tokyo office", "false"],
    ]);
  });

  it("keeps 100 columns of a row and counts the cells beyond", () => {
    const cells = Array.from({ length: 150 }, (_, i) => `<c t="inlineStr"><is><t>${i}</t></is></c>`).join("");
    const rows = read(xlsxWith(deflatedPart("xl/worksheets/sheet1.xml", `<worksheet><sheetData><row>${cells}</row></sheetData></worksheet>`)));
    expect(rows[0]!.cells).toHaveLength(100);
    expect(rows[0]!.cells.at(-1)).toBe("99");
  });
});

describe("readXlsxSheet refuses what would cost too much", () => {
  const sheet = (xml: string) => xlsxWith(deflatedPart("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${xml}</sheetData></worksheet>`));
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return { reason: (err as { reason?: string }).reason, detail: (err as { detail?: string }).detail };
    }
    throw new Error("not refused");
  };

  it("stops reading after the rows the import can take, without a refusal", () => {
    const rows = read(sheet('<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(50)), { rows: 5 });
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("counts bytes really inflated, whatever the directory declares", () => {
    const part = repeatDeflated("xl/worksheets/sheet1.xml", "<worksheet><sheetData>", "<row/>   ".repeat(1000), 1000, "</sheetData></worksheet>");
    expect(refusal(() => read(xlsxWith({ ...part, declaredSize: 100 }), { inflatedBytes: 1_000_000 }))).toEqual({
      reason: "tooBig",
      detail: "inflated more than 1000000 bytes",
    });
  });

  it("limits cells, elements, shared strings, one cell's text and a run of text", () => {
    expect(refusal(() => read(sheet("<row>" + "<c/>".repeat(11) + "</row>"), { cells: 10 })).detail).toBe("more than 10 cells");
    expect(refusal(() => read(sheet("<row/>".repeat(100)), { elements: 50 })).detail).toBe("more than 50 XML elements");
    expect(refusal(() => read(sheet(`<row><c t="inlineStr"><is><t>${"x".repeat(40)}</t></is></c></row>`), { cellChars: 32 })).detail).toBe(
      "a cell over 32 characters",
    );
    const strings = deflatedPart("xl/sharedStrings.xml", `<sst>${"<si><t>s</t></si>".repeat(11)}</sst>`);
    expect(refusal(() => read(xlsxWith(deflatedPart("xl/worksheets/sheet1.xml", "<worksheet/>"), strings), { sharedStrings: 10 })).detail).toBe(
      "more than 10 shared strings",
    );
    expect(refusal(() => read(sheet(" ".repeat(1024 * 1024 + 1)))).detail).toMatch(/text longer than/);
    expect(refusal(() => read(sheet('<row r="999999999"><c t="inlineStr"><is><t>x</t></is></c></row>'))).detail).toBe(
      "row 999999999 is past the end of a sheet",
    );
  });

  it("refuses a DOCTYPE (entity expansion) and archives that are not what they claim", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
    expect(refusal(() => read(xlsxWith(deflatedPart("xl/worksheets/sheet1.xml", laughs)))).reason).toBe("unreadable");
    const good = sheet('<row><c t="inlineStr"><is><t>x</t></is></c></row>');
    expect(refusal(() => read(good.subarray(0, good.length - 10))).reason).toBe("unreadable");
    expect(refusal(() => read(Buffer.from("PK\u0003\u0004 not really a zip"))).reason).toBe("unreadable");
    const encrypted = buildZip([{ ...storedPart("xl/workbook.xml", "<workbook/>") }]);
    encrypted.writeUInt16LE(0x801, 6);
    const directory = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(0x801, directory + 8);
    expect(refusal(() => read(encrypted))).toEqual({ reason: "unreadable", detail: "xl/workbook.xml is encrypted" });
    expect(refusal(() => read(buildZip(Array.from({ length: 11 }, (_, i) => storedPart(`p${i}`, ""))), { entries: 10 })).detail).toBe("entries: 11 > 10");
  });
});
