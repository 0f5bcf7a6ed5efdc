import { unguardCell } from "./formula-guard";

/**
 * A spreadsheet as an import reads it, whatever it holds: columns found by name, rows of text.
 * Each kind of import (commitments, a plan's actions and measurements) names its columns in a
 * ColumnSet and validates the rows itself.
 */

/** No import of a city's records needs more rows; far more is a wrong file. */
export const MAX_SHEET_ROWS = 2000;

/** "Owner e-mail", "owner-email", " OWNER_EMAIL " → "owner_email". */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")
    .replace(/e_mail/, "email");
}

/**
 * The columns of one kind of spreadsheet (commitments; measurements and action updates of a plan), so the reader, the CSV writer and the upload store serve every kind.
 */
export interface ColumnSet<C extends string = string> {
  columns: readonly C[];
  /** Without these a file cannot be imported at all. */
  required: readonly C[];
  /** The sheet of a workbook read first (the one the export writes); without it, or when absent, the first sheet. */
  sheet?: string;
}

/** A read file before validation: header positions and each row's cells as text (after unguarding). */
export interface RawTable<C extends string = string> {
  /** The column each position holds, or null for a column the import does not know. */
  columns: (C | null)[];
  rows: { line: number; cells: string[] }[];
}

export type FileProblem = { code: "empty" } | { code: "missingColumns"; columns: string } | { code: "tooManyRows"; max: number } | { code: "noRows" };

/**
 * The first row is the header; columns are found by name (any order, extra columns ignored).
 * Empty rows are skipped; every cell loses the apostrophe the export's formula guard added.
 * Row numbers stay those a spreadsheet shows (header = 1).
 */
export function toRawTable<C extends string>(matrix: string[][], set: ColumnSet<C>): { ok: true; table: RawTable<C> } | { ok: false; problem: FileProblem } {
  const header = matrix[0];
  if (!header || header.every((c) => c.trim() === "")) return { ok: false, problem: { code: "empty" } };
  const seen = new Set<C>();
  const columns = header.map((cell) => {
    const name = normalizeHeader(cell);
    if (!(set.columns as readonly string[]).includes(name) || seen.has(name as C)) return null;
    seen.add(name as C);
    return name as C;
  });
  const missing = set.required.filter((c) => !seen.has(c));
  if (missing.length > 0) return { ok: false, problem: { code: "missingColumns", columns: missing.join(", ") } };

  const rows: RawTable<C>["rows"] = [];
  for (let i = 1; i < matrix.length; i++) {
    const cells = (matrix[i] ?? []).map((c) => unguardCell(c.trim()));
    if (cells.every((c) => c === "")) continue;
    if (rows.length >= MAX_SHEET_ROWS) return { ok: false, problem: { code: "tooManyRows", max: MAX_SHEET_ROWS } };
    rows.push({ line: i + 1, cells });
  }
  if (rows.length === 0) return { ok: false, problem: { code: "noRows" } };
  return { ok: true, table: { columns, rows } };
}

/** The cell of `column` in a row, or undefined when the file has no such column. */
export function cellOf<C extends string>(table: RawTable<C>, cells: string[], column: C): string | undefined {
  const at = table.columns.indexOf(column);
  return at === -1 ? undefined : (cells[at] ?? "");
}
