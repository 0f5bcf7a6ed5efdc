import { readXlsxSheet } from "../archive/xlsx-sheet";
import { isZip } from "../archive/zip-directory";
import { readCsv } from "./csv-read";
import { CSV_LIMITS, SHEET_LIMITS } from "./read-limits";
import { toRawTable, type ColumnSet, type FileProblem, type RawTable } from "./table";

export type SheetFileResult = { format: "csv" | "xlsx" } & ({ ok: true; table: RawTable<string> } | { ok: false; problem: FileProblem });

/**
 * An uploaded sheet (XLSX by its content, else CSV) as the import's table. Runs inside the upload
 * worker (lib/kernel/uploads/upload-worker.ts): everything here may be refused with a ReadRefusal.
 */
export function readSheetFile(bytes: Uint8Array, set: ColumnSet<string>): SheetFileResult {
  if (isZip(bytes)) {
    const matrix: string[][] = [];
    for (const row of readXlsxSheet(bytes, SHEET_LIMITS, set.sheet ?? "")) matrix[row.index] = row.cells;
    return { format: "xlsx", ...toRawTable(matrix, set) };
  }
  return { format: "csv", ...toRawTable(readCsv(bytes, { ...CSV_LIMITS, rows: SHEET_LIMITS.rows }), set) };
}
