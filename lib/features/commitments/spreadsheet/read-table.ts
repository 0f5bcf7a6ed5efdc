import { COMMITMENT_COLUMNS, MAX_IMPORT_ROWS, normalizeHeader, type ColumnSet, type Column, type RawTable } from "./columns";
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
export function toRawTable<C extends string = Column>(
  matrix: string[][],
  set: ColumnSet<C> = COMMITMENT_COLUMNS as unknown as ColumnSet<C>,
): { ok: true; table: RawTable<C> } | { ok: false; problem: FileProblem } {
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
    if (rows.length >= MAX_IMPORT_ROWS) return { ok: false, problem: { code: "tooManyRows", max: MAX_IMPORT_ROWS } };
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
