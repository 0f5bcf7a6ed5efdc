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
export const MAX_IMPORT_ROWS = 2000;
export const MAX_NOTE_LENGTH = 2000;

/** "Owner e-mail", "owner-email", " OWNER_EMAIL " → "owner_email". */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")
    .replace(/e_mail/, "email");
}

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

/**
 * The columns of one kind of spreadsheet (commitments here; measurements and action updates in
 * lib/features/action-plans/data), so the reader, the CSV writer and the upload store serve every kind.
 */
export interface ColumnSet<C extends string = string> {
  columns: readonly C[];
  /** Without these a file cannot be imported at all. */
  required: readonly C[];
}

export const COMMITMENT_COLUMNS: ColumnSet<Column> = { columns: COLUMNS, required: REQUIRED_COLUMNS };

/** A read file before validation: header positions and each row's cells as text (after unguarding). */
export interface RawTable<C extends string = Column> {
  /** The column each position holds, or null for a column the import does not know. */
  columns: (C | null)[];
  rows: { line: number; cells: string[] }[];
}
