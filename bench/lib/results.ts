/**
 * bench/results.json: an array of ResultEntry. A run replaces the entries of the scenarios it ran
 * and keeps everyone else's, so `npm run bench provision` does not erase migrate-all's numbers.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ResultEntry } from "./types";

function isEntry(v: unknown): v is ResultEntry {
  if (typeof v !== "object" || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.scenario === "string" &&
    typeof e.metric === "string" &&
    typeof e.value === "number" &&
    typeof e.unit === "string" &&
    typeof e.date === "string" &&
    typeof e.machine === "string"
  );
}

export function loadResults(file: string): ResultEntry[] {
  if (!existsSync(file)) return [];
  const data: unknown = JSON.parse(readFileSync(file, "utf8"));
  // Refuse rather than overwrite: a hand-edited file may hold the only record of earlier runs.
  if (!Array.isArray(data) || !data.every(isEntry)) {
    throw new Error(`${file} is not an array of {scenario, metric, value, unit, date, machine}; fix or delete it.`);
  }
  return data;
}

/** Earlier entries minus the scenarios in `replaced`, plus `fresh`; ordered as `order` lists the scenarios. */
export function mergeResults(earlier: ResultEntry[], replaced: string[], fresh: ResultEntry[], order: string[]): ResultEntry[] {
  const merged = [...earlier.filter((e) => !replaced.includes(e.scenario)), ...fresh];
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  // Array.prototype.sort is stable: metrics keep the order their scenario returned them in.
  return merged.sort((a, b) => rank(a.scenario) - rank(b.scenario) || (rank(a.scenario) === order.length ? a.scenario.localeCompare(b.scenario) : 0));
}

export function saveResults(file: string, entries: ResultEntry[]): void {
  writeFileSync(file, JSON.stringify(entries, null, 2) + "\n");
}
