import { COLUMNS, type ExportRow } from "./columns";
import { writeCsv } from "@/lib/kernel/sheets/write-csv";

/** The spreadsheet rows as CSV (lib/kernel/sheets/write-csv.ts); the import reads it with lib/kernel/sheets/csv-read.ts. */
export function rowsToCsv<C extends string = keyof ExportRow & string>(
  rows: readonly Record<C, string | number>[],
  columns: readonly C[] = COLUMNS as unknown as readonly C[],
): Buffer {
  return Buffer.from(writeCsv([[...columns], ...rows.map((r) => columns.map((c) => r[c]))]), "utf8");
}
