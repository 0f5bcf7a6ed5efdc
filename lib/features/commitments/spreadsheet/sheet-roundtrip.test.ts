/**
 * Issue 11 item 6: every export is a file the import reads back exactly — formula payloads, text
 * that looks guarded, negative numbers and dates — from CSV as written, CSV as Dutch Excel saves
 * it (semicolons) and XLSX. The open data CSV keeps numbers numbers for real readers.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/features/publication/open-data/datasets";
import { toCsv } from "@/lib/features/publication/open-data/csv";
import { FORMULA_PAYLOADS, NUMBER_TEXT, ORDINARY_TEXT } from "@/tests/helpers/formula-payloads";
import { COLUMNS, COMMITMENT_COLUMNS, type ExportRow } from "./columns";
import { rowsToCsv } from "./csv";
import { readSheetFile } from "@/lib/kernel/sheets/read-sheet-file";
import { rowsToXlsx } from "./xlsx";

const TEXTS = [...FORMULA_PAYLOADS, ...ORDINARY_TEXT.filter((t) => t !== ""), ...NUMBER_TEXT];

const ROWS: ExportRow[] = TEXTS.map((text, i) => ({
  key: `K${i}`,
  layer: "tool",
  title: text,
  text: `${TEXTS[(i + 5) % TEXTS.length]!}\n- ${TEXTS[(i + 11) % TEXTS.length]!}`,
  status: "in_progress",
  progress: i % 101,
  progress_mode: "manual",
  maturity: "none",
  owner_email: "",
  department: TEXTS[(i + 7) % TEXTS.length]!,
  start_date: "2024-02-29",
  target_date: i % 2 ? "2031-12-31" : "",
  charter_articles: i % 3 ? "1; 21; 26" : "",
  udhr_articles: "25",
  sdgs: i % 2 ? "10; 16" : "",
  groups: i % 2 ? "children_youth; night_workers" : "",
  public: i % 2 ? "yes" : "no",
  note: TEXTS[(i + 3) % TEXTS.length]!,
  version: i + 1,
}));

/** The import trims every cell: the round trip keeps the text up to its outer white space. */
const expected = ROWS.map((r) => COLUMNS.map((c) => String(r[c]).trim()));

function readBack(bytes: Uint8Array): string[][] {
  const read = readSheetFile(bytes, COMMITMENT_COLUMNS);
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read.problem)}`);
  expect(read.table.columns).toEqual([...COLUMNS]);
  return read.table.rows.map((r) => r.cells);
}

describe("export → import reads back exactly what was written", () => {
  it("CSV as written (commas)", () => {
    expect(readBack(rowsToCsv(ROWS))).toEqual(expected);
  });

  it("CSV saved again by a spreadsheet program with semicolons", () => {
    const matrix = parse(rowsToCsv(ROWS), { bom: true }) as string[][];
    expect(readBack(Buffer.from(stringify(matrix, { delimiter: ";" })))).toEqual(expected);
  });

  it("XLSX (where, as in every XML file, a line break is read back as LF)", async () => {
    const lf = expected.map((row) => row.map((cell) => cell.replace(/\r\n?/g, "\n")));
    expect(readBack(await rowsToXlsx(ROWS, { locale: "nl", cityName: "Zonnestad" }))).toEqual(lf);
  });

  it("writes numbers and dates as a reader expects them, text guarded", () => {
    const [header, ...rows] = parse(rowsToCsv(ROWS), { bom: true }) as string[][];
    const at = (c: string) => header!.indexOf(c);
    const negative = rows.find((r) => r[at("title")] === "-2.5")!;
    expect(negative[at("progress")]).toMatch(/^\d+$/);
    expect(negative[at("start_date")]).toBe("2024-02-29");
    expect(rows.find((r) => r[0] === "K7")![at("title")]).toBe("x;'=2+3");
  });
});

describe("open data CSV", () => {
  it("keeps decimals stored as text numbers for a reader that converts them", () => {
    const fields = DATASETS.measurements.fields;
    const record = Object.fromEntries(fields.map((f) => [f.name, null])) as Record<string, string | null>;
    const csv = toCsv(fields, [{ ...record, id: "m1", indicator_key: "i1", value: "-2.5", note: "=1+1; -3", period: "2024" }]);
    const [row] = parse(csv, { bom: true, columns: true, cast: true }) as Record<string, unknown>[];
    expect(row!.value).toBe(-2.5);
    expect(row!.period).toBe(2024);
    expect(row!.note).toBe("'=1+1; '-3");
  });
});
