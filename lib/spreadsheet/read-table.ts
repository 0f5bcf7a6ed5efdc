import { COLUMNS, MAX_IMPORT_ROWS, normalizeHeader, REQUIRED_COLUMNS, type Column, type RawTable } from "./columns";
import { unguardCell } from "./formula-guard";

export type FileProblem =
  | { code: "empty" }
  | { code: "missingColumns"; columns: string }
  | { code: "tooManyRows"; max: number }
  | { code: "noRows" };

/**
 * The first row is the header; columns are found by name (any order, extra columns ignored).
 * Empty rows are skipped; every cell loses the apostrophe the export's formula guard added.
 * Row numbers stay those a spreadsheet shows (header = 1).
 */
export function toRawTable(matrix: string[][]): { ok: true; table: RawTable } | { ok: false; problem: FileProblem } {
  const header = matrix[0];
  if (!header || header.every((c) => c.trim() === "")) return { ok: false, problem: { code: "empty" } };
  const seen = new Set<Column>();
  const columns = header.map((cell) => {
    const name = normalizeHeader(cell);
    if (!(COLUMNS as readonly string[]).includes(name) || seen.has(name as Column)) return null;
    seen.add(name as Column);
    return name as Column;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length > 0) return { ok: false, problem: { code: "missingColumns", columns: missing.join(", ") } };

  const rows: RawTable["rows"] = [];
  for (let i = 1; i < matrix.length; i++) {
    const cells = (matrix[i] ?? []).map((c) => unguardCell(c.trim()));
    if (cells.every((c) => c === "")) continue;
    if (rows.length >= MAX_IMPORT_ROWS) return { ok: false, problem: { code: "tooManyRows", max: MAX_IMPORT_ROWS } };
    rows.push({ line: i + 1, cells });
  }
  if (rows.length === 0) return { ok: false, problem: { code: "noRows" } };
  return { ok: true, table: { columns, rows } };
}

/** The cell of `column` in a row, or undefined when the file has no such column. */
export function cellOf(table: RawTable, cells: string[], column: Column): string | undefined {
  const at = table.columns.indexOf(column);
  return at === -1 ? undefined : (cells[at] ?? "");
}
