import { readXlsxSheet } from "../../../kernel/archive/xlsx-sheet";
import { isZip } from "../../../kernel/archive/zip-directory";
import type { ColumnSet, RawTable } from "./columns";
import { readCsv } from "./csv";
import { CSV_LIMITS, SHEET_LIMITS } from "./read-limits";
import { toRawTable, type FileProblem } from "./read-table";
import { SHEET_NAME } from "./sheet-name";

export type SheetFileResult = { format: "csv" | "xlsx" } & ({ ok: true; table: RawTable<string> } | { ok: false; problem: FileProblem });

/**
 * An uploaded sheet (XLSX by its content, else CSV) as the import's table. Runs inside the upload
 * worker (lib/kernel/uploads/upload-worker.ts): everything here may be refused with a ReadRefusal.
 */
export function readSheetFile(bytes: Uint8Array, set: ColumnSet<string>): SheetFileResult {
  if (isZip(bytes)) {
    const matrix: string[][] = [];
    for (const row of readXlsxSheet(bytes, SHEET_LIMITS, SHEET_NAME)) matrix[row.index] = row.cells;
    return { format: "xlsx", ...toRawTable(matrix, set) };
  }
  return { format: "csv", ...toRawTable(readCsv(bytes, { ...CSV_LIMITS, rows: SHEET_LIMITS.rows }), set) };
}
