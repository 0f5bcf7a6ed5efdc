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

/** A period's first day as a position in years (2024-Q3 → 2024.5). */
export function periodYear(start: string): number {
  const [y, mo] = start.split("-").map(Number);
  return y! + (mo! - 1) / 12;
}

const MONTHS: Record<FrequencyValue, number> = { yearly: 12, quarterly: 3, monthly: 1 };

/**
 * Where a period ends, in years (2024 → 2025, 2024-Q3 → 2024.75): a figure describes its period
 * once the period is over, so it is placed on the path to the target at its end. A baseline or
 * target year is placed the same way, at the end of that year (`yearEnd`).
 */
export function periodEnd(start: string, frequency: FrequencyValue): number {
  return periodYear(start) + MONTHS[frequency] / 12;
}

export const yearEnd = (year: number): number => year + 1;

/** The last day of a year, "2029-12-31": what a target year means. */
export const lastDayOfYear = (year: number): string => `${String(year).padStart(4, "0")}-12-31`;

/** The label of the period that closes `year` in a series of this frequency: 2029, 2029-Q4, 2029-12. */
export function lastPeriodOfYear(year: number, frequency: FrequencyValue): Period {
  const label = frequency === "yearly" ? `${year}` : frequency === "quarterly" ? `${year}-Q4` : `${year}-12`;
  return parsePeriod(label, frequency)!;
}

/** The period after `p` in a series of this frequency. */
export function nextPeriod(p: Period, frequency: FrequencyValue): Period | null {
  const [y, mo] = p.start.split("-").map(Number) as [number, number];
  const month = mo - 1 + MONTHS[frequency];
  const year = y + Math.floor(month / 12);
  const m = (month % 12) + 1;
  const label = frequency === "yearly" ? `${year}` : frequency === "quarterly" ? `${year}-Q${(m - 1) / 3 + 1}` : `${year}-${String(m).padStart(2, "0")}`;
  return parsePeriod(label, frequency);
}

/** An example label for the form's hint. */
export function periodExample(frequency: FrequencyValue): string {
  return frequency === "yearly" ? "2024" : frequency === "quarterly" ? "2024-Q2" : "2024-03";
}
