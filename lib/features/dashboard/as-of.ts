/** The `?at=YYYY-MM-DD` parameter of the dashboard: which day to show. */
import { isIsoDate } from "@/lib/kernel/dates";

export type AsOfProblem = "invalid" | "future";

/**
 * The day to show: `today` without a parameter; the given day when it is a real date up to today;
 * otherwise `today` with the problem to explain ("invalid" date, or a date in the "future").
 */
export function parseAsOf(raw: string | string[] | undefined, today: string): { asOf: string; problem: AsOfProblem | null } {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") return { asOf: today, problem: null };
  if (!isIsoDate(value)) return { asOf: today, problem: "invalid" };
  if (value > today) return { asOf: today, problem: "future" };
  return { asOf: value, problem: null };
}
