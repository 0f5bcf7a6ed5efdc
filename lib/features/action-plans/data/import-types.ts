/**
 * What the two plan imports (measurements, action updates) report per row, in one shape, so one
 * preview page shows either: the row of the file, what it is about, each field's old → new value
 * (as written in the file, codes untranslated) and the reasons a row is refused.
 */
export const PLAN_IMPORT_KINDS = ["measurements", "actions"] as const;
export type PlanImportKind = (typeof PLAN_IMPORT_KINDS)[number];

export type RowOutcome = "new" | "change" | "unchanged" | "rejected";

export interface RowProblem {
  /** A key under planData.problems. */
  code: string;
  /** The column of the file the problem is in. */
  column: string;
  vars?: Record<string, string | number>;
}

export interface RowChange {
  field: string;
  from: string;
  to: string;
}

export interface PreviewRow {
  line: number;
  /** What the row is about, e.g. "Accessible buildings · 2024" or an action's title; null when unknown. */
  subject: string | null;
  /** The identifying cell as written, for rows whose subject is unknown. */
  key: string;
  outcome: RowOutcome;
  changes: RowChange[];
  problems: RowProblem[];
  note: string;
}

export interface PreviewCounts {
  rows: number;
  new: number;
  change: number;
  unchanged: number;
  rejected: number;
}

export function countRows(rows: readonly { outcome: RowOutcome }[]): { counts: PreviewCounts; applicable: boolean } {
  const counts: PreviewCounts = { rows: rows.length, new: 0, change: 0, unchanged: 0, rejected: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  return { counts, applicable: counts.rejected === 0 && counts.new + counts.change > 0 };
}

/** Import scope of a stored upload (lib/features/commitments/spreadsheet/import-store.ts): the kind and the plan. */
export function importScope(kind: PlanImportKind, planId: string): string {
  return `${kind}:${planId}`;
}

/** "12,5" (Dutch) or "12.5" → "12.5"; "" stays ""; null when it is not a number we store (14.4 digits). */
export function parseDecimal(value: string, decimals = 4): string | null {
  const v = value.trim().replace(/\s/g, "");
  const normal = /^-?\d+,\d+$/.test(v) ? v.replace(",", ".") : v;
  const re = new RegExp(`^-?\\d{1,14}(\\.\\d{1,${decimals}})?$`);
  return re.test(normal) ? canonicalDecimal(normal) : null;
}

/** The same number written one way: "48.50" → "48.5", "-0" → "0", "007" → "7". */
export function canonicalDecimal(s: string): string {
  let [int, frac = ""] = s.replace(/^-/, "").split(".");
  int = int!.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  const abs = frac ? `${int}.${frac}` : int;
  return s.startsWith("-") && abs !== "0" ? `-${abs}` : abs;
}
