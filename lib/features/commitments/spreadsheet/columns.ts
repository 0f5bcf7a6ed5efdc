import { SHEET_NAME } from "./sheet-name";
import { MAX_SHEET_ROWS, type ColumnSet, type RawTable as SheetTable } from "@/lib/kernel/sheets/table";

export type { ColumnSet } from "@/lib/kernel/sheets/table";
/**
 * The spreadsheet's columns: one list for export and import, so every export is a file the
 * import accepts. Codes (status, maturity, layer) are written as they are stored, so a file
 * means the same in every language; dates as YYYY-MM-DD.
 */
export const COLUMNS = [
  "key",
  "layer",
  "title",
  "status",
  "progress",
  "maturity",
  "owner_email",
  "department",
  "start_date",
  "target_date",
  "note",
  "version",
] as const;
export type Column = (typeof COLUMNS)[number];

/** Without these an import cannot find the commitment or guard against overwriting. */
export const REQUIRED_COLUMNS = ["key", "version"] as const satisfies readonly Column[];

/** Columns the import reads; a missing one leaves that field as it is. layer and title are for reading only. */
export const EDITABLE_COLUMNS = [
  "status",
  "progress",
  "maturity",
  "owner_email",
  "department",
  "start_date",
  "target_date",
  "note",
] as const satisfies readonly Column[];

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** A city has about 20–200 commitments; far more rows is a wrong file. */
export const MAX_IMPORT_ROWS = MAX_SHEET_ROWS;
export const MAX_NOTE_LENGTH = 2000;

/** One exported row: text cells, except the two numbers. */
export interface ExportRow {
  key: string;
  layer: string;
  title: string;
  status: string;
  progress: number;
  maturity: string;
  owner_email: string;
  department: string;
  start_date: string;
  target_date: string;
  note: string;
  version: number;
}

export const COMMITMENT_COLUMNS: ColumnSet<Column> = { columns: COLUMNS, required: REQUIRED_COLUMNS, sheet: SHEET_NAME };

/** A read commitments file before validation (lib/kernel/sheets/table.ts). */
export type RawTable<C extends string = Column> = SheetTable<C>;
