/**
 * Measurement periods. A period is written as its label — "2024" (a year), "2024-Q2" (a quarter),
 * "2024-03" (a month) — and stored with its first day, which orders and de-duplicates them.
 * The label's form must match the indicator's update frequency, so one series never mixes years
 * and quarters.
 */
export const FREQUENCIES = ["monthly", "quarterly", "yearly"] as const;
export type FrequencyValue = (typeof FREQUENCIES)[number];

const FORMS: Record<FrequencyValue, RegExp> = {
  yearly: /^(\d{4})$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

export interface Period {
  label: string;
  /** First day, "YYYY-MM-DD". */
  start: string;
}

export function parsePeriod(label: string, frequency: FrequencyValue): Period | null {
  const m = FORMS[frequency].exec(label.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return null;
  const month = frequency === "yearly" ? 1 : frequency === "quarterly" ? (Number(m[2]) - 1) * 3 + 1 : Number(m[2]);
  return { label: label.trim(), start: `${m[1]}-${String(month).padStart(2, "0")}-01` };
}

/** A period's position in years (2024-Q3 → 2024.5), for the straight path from baseline to target. */
export function periodYear(start: string): number {
  const [y, mo] = start.split("-").map(Number);
  return y! + (mo! - 1) / 12;
}

/** An example label for the form's hint. */
export function periodExample(frequency: FrequencyValue): string {
  return frequency === "yearly" ? "2024" : frequency === "quarterly" ? "2024-Q2" : "2024-03";
}
