import { toRawTable as readTable, type FileProblem, type RawTable } from "@/lib/kernel/sheets/table";
import { COMMITMENT_COLUMNS, type Column, type ColumnSet } from "./columns";

export { cellOf, type FileProblem } from "@/lib/kernel/sheets/table";

/** A matrix of cells as an import table; the commitments' columns unless another set is given. */
export function toRawTable<C extends string = Column>(
  matrix: string[][],
  set: ColumnSet<C> = COMMITMENT_COLUMNS as unknown as ColumnSet<C>,
): { ok: true; table: RawTable<C> } | { ok: false; problem: FileProblem } {
  return readTable(matrix, set);
}
