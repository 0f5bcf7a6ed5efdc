import ExcelJS from "exceljs";
import { translator } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { COLUMNS, MAX_IMPORT_ROWS, type Column, type ExportRow } from "./columns";
import { MATURITIES, STATUSES } from "./plan-import";

/**
 * XLSX via exceljs. Text goes into typed string cells, which a spreadsheet never evaluates, so the
 * apostrophe guard of the CSV is not needed (it would show as a literal character here); the
 * import strips one anyway. Dates are real dates (formatted YYYY-MM-DD), status and maturity get
 * drop-down lists, progress a 0–100 whole-number rule. A second sheet explains the columns in the
 * reader's language.
 */
export const SHEET_NAME = "Commitments";

const WIDTHS: Record<Column, number> = {
  key: 12,
  layer: 12,
  title: 48,
  status: 14,
  progress: 10,
  maturity: 13,
  owner_email: 30,
  department: 24,
  start_date: 12,
  target_date: 12,
  note: 40,
  version: 9,
};

const asDate = (day: string) => (day ? new Date(`${day}T00:00:00Z`) : null);

export async function rowsToXlsx(rows: ExportRow[], opts: { locale: Locale; cityName: string; now?: Date }): Promise<Buffer> {
  const t = translator(opts.locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Charta";
  wb.created = opts.now ?? new Date();
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c, key: c, width: WIDTHS[c] }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow({ ...r, start_date: asDate(r.start_date), target_date: asDate(r.target_date) });
    row.getCell("start_date").numFmt = "yyyy-mm-dd";
    row.getCell("target_date").numFmt = "yyyy-mm-dd";
    row.getCell("status").dataValidation = { type: "list", allowBlank: false, formulae: [`"${STATUSES.join(",")}"`] };
    row.getCell("maturity").dataValidation = { type: "list", allowBlank: false, formulae: [`"${MATURITIES.join(",")}"`] };
    row.getCell("progress").dataValidation = { type: "whole", operator: "between", allowBlank: false, formulae: [0, 100] };
  }

  const help = wb.addWorksheet(t("spreadsheet.help.sheetName"));
  help.columns = [{ width: 16 }, { width: 100 }];
  help.addRow([t("spreadsheet.help.title", { city: opts.cityName })]).font = { bold: true, size: 14 };
  help.addRow([t("spreadsheet.help.intro")]);
  help.addRow([]);
  for (const c of COLUMNS) help.addRow([c, t(`spreadsheet.columns.${c}`)]);
  help.addRow([]);
  help.addRow([t("spreadsheet.help.allOrNothing")]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type CellValue = ExcelJS.CellValue;

/** A cell as the text a person sees; dates as YYYY-MM-DD, formulas by their last result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((p) => p.text).join("");
    if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: CellValue }).result ?? null);
    if ("text" in value) return cellText((value as { text: CellValue }).text);
    if ("error" in value) return String(value.error);
  }
  return "";
}

/** The "Commitments" sheet (or the first one) as rows of text cells; row i is spreadsheet row i + 1. */
export async function readXlsx(buf: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  // exceljs' types predate Node's generic Buffer; the bytes are what it needs.
  await wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0];
  if (!ws) return [];
  const out: string[][] = [];
  const width = Math.min(ws.columnCount, 100);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // One row past the limit is enough for the caller to report "too many rows".
    if (rowNumber > MAX_IMPORT_ROWS + 2) return;
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    out[rowNumber - 1] = cells;
  });
  return Array.from(out, (r) => r ?? []);
}
