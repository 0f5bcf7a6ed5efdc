import ExcelJS from "exceljs";
import { translator } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { COLUMNS, type Column, type ExportRow } from "./columns";
import { guardTypedText } from "@/lib/kernel/sheets/formula-guard";
import { SHEET_NAME } from "./sheet-name";
import { COMMITMENT_STATUSES, MATURITIES, PROGRESS_MODES } from "../schema";
import { PUBLIC_CELL } from "./columns";

/**
 * The XLSX export via exceljs (uploads are read by lib/kernel/archive/xlsx-sheet.ts). Text goes into
 * typed string cells, which a spreadsheet never evaluates, so the CSV's formula guard is not
 * needed (its apostrophe would show here); only apostrophes the import would strip are doubled
 * (guardTypedText), so a round trip changes nothing. Dates are real dates (formatted YYYY-MM-DD), status and maturity get
 * drop-down lists, progress a 0–100 whole-number rule. A second sheet explains the columns in the
 * reader's language.
 */

const WIDTHS: Record<Column, number> = {
  key: 12,
  layer: 12,
  title: 48,
  text: 60,
  status: 14,
  progress: 10,
  progress_mode: 13,
  maturity: 13,
  owner_email: 30,
  department: 24,
  start_date: 12,
  target_date: 12,
  charter_articles: 18,
  udhr_articles: 16,
  sdgs: 12,
  groups: 24,
  public: 8,
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
    const text = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? guardTypedText(v) : v]));
    const row = ws.addRow({ ...text, start_date: asDate(r.start_date), target_date: asDate(r.target_date) });
    row.getCell("start_date").numFmt = "yyyy-mm-dd";
    row.getCell("target_date").numFmt = "yyyy-mm-dd";
    row.getCell("status").dataValidation = { type: "list", allowBlank: false, formulae: [`"${COMMITMENT_STATUSES.join(",")}"`] };
    row.getCell("maturity").dataValidation = { type: "list", allowBlank: false, formulae: [`"${MATURITIES.join(",")}"`] };
    row.getCell("progress").dataValidation = { type: "whole", operator: "between", allowBlank: false, formulae: [0, 100] };
    row.getCell("progress_mode").dataValidation = { type: "list", allowBlank: false, formulae: [`"${PROGRESS_MODES.join(",")}"`] };
    row.getCell("public").dataValidation = { type: "list", allowBlank: false, formulae: [`"${PUBLIC_CELL.yes},${PUBLIC_CELL.no}"`] };
    row.getCell("text").alignment = { wrapText: true, vertical: "top" };
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
