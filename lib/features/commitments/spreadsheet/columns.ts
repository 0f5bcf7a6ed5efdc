import { SHEET_NAME } from "./sheet-name";
import { MAX_SHEET_ROWS, type ColumnSet, type RawTable as SheetTable } from "@/lib/kernel/sheets/table";

export type { ColumnSet } from "@/lib/kernel/sheets/table";
/**
 * The spreadsheet's columns: one list for export and import, so every export is a file the
 * import accepts and every field a person can edit on the commitment's page is in it. Codes
 * (status, maturity, layer, progress mode, group keys) are written as they are stored, so a file
 * means the same in every language; dates as YYYY-MM-DD; linked articles, goals and groups as
 * lists separated by semicolons (a comma would be a decimal point to Excel in Dutch).
 */
export const COLUMNS = [
  "key",
  "layer",
  "title",
  "text",
  "status",
  "progress",
  "progress_mode",
  "maturity",
  "owner_email",
  "department",
  "start_date",
  "target_date",
  "charter_articles",
  "udhr_articles",
  "sdgs",
  "groups",
  "public",
  "note",
  "version",
] as const;
export type Column = (typeof COLUMNS)[number];

/** Without these an import cannot find the commitment or guard against overwriting. */
export const REQUIRED_COLUMNS = ["key", "version"] as const satisfies readonly Column[];

/**
 * Columns the import reads; a missing one leaves that field as it is. layer is for reading only,
 * and so is the title of a framework element's commitment (it is the element's name).
 */
export const EDITABLE_COLUMNS = COLUMNS.filter((c) => c !== "key" && c !== "layer" && c !== "version");

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** A city has about 20–200 commitments; far more rows is a wrong file. */
export const MAX_IMPORT_ROWS = MAX_SHEET_ROWS;
export const MAX_NOTE_LENGTH = 2000;

/** One exported row: text cells, except the two numbers. */
export type ExportRow = Record<Exclude<Column, "progress" | "version">, string> & { progress: number; version: number };

/** "1; 21; 26": a list of article or goal numbers, or group keys, as one cell. */
export function listCell(values: readonly (number | string)[]): string {
  const sorted = [...values].sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b))));
  return sorted.join("; ");
}

/** The two values of the "public" column. */
export const PUBLIC_CELL = { yes: "yes", no: "no" } as const;

export const COMMITMENT_COLUMNS: ColumnSet<Column> = { columns: COLUMNS, required: REQUIRED_COLUMNS, sheet: SHEET_NAME };

/** A read commitments file before validation (lib/kernel/sheets/table.ts). */
export type RawTable<C extends string = Column> = SheetTable<C>;
