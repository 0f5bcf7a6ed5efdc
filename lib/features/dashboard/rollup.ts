/**
 * How every number on the overview, the framework page and the dashboard is computed. One set of
 * pure functions, so the same number means the same thing on every page.
 *
 * The roll-up (also written on screen, lib/features/dashboard/messages.ts `rollup.*`):
 * - A commitment's progress is its progress percentage (0–100).
 * - Layer progress = the arithmetic mean of the progress percentages of all commitments in that
 *   layer (the framework element's commitment and the city's own commitments alike), each counting
 *   equally.
 * - Overall progress = the arithmetic mean of the progress percentages of all the city's
 *   commitments, each counting equally. It is not the mean of the three layer figures: a layer
 *   with more commitments weighs more.
 * - Percentages are rounded to the nearest whole number only for display (`percent`). With no
 *   commitments there is no progress figure (null), not 0 %.
 * - Overdue: a target date before today and a status other than "in place". Due soon: not in
 *   place, target date from today up to and including 30 days ahead.
 * - Coverage of an EU Charter title (or an SDG): the number of commitments linked to at least one
 *   article of that title (to that goal). A commitment can count for several titles.
 */
import { ELEMENT_KEYS, LAYERS, type Layer } from "@/lib/reference/framework/catalogue/types";
import { COMMITMENT_STATUSES, MATURITIES, type CommitmentStatusValue, type MaturityValue } from "@/lib/features/commitments/schema";
import { CHARTER_ARTICLES, type CharterChapter } from "@/lib/reference/rights/eu-charter";
import { SDGS } from "@/lib/reference/rights/sdgs";
import { addDays } from "@/lib/kernel/dates";
import type { History } from "./state-at";
import type { DashCommitment, DashDepartment } from "./types";

export const DUE_SOON_DAYS = 30;

export type StatusCounts = Record<CommitmentStatusValue, number>;

export interface Rollup {
  count: number;
  /** Mean progress % (unrounded), null without commitments. */
  progress: number | null;
  statuses: StatusCounts;
}

export interface LayerRollup extends Rollup {
  layer: Layer;
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** The arithmetic mean of the commitments' progress %, each counting equally; null for none. */
/** The fields a roll-up reads. */
type Tracked = Pick<DashCommitment, "status" | "progress">;

export function meanProgress(commitments: readonly Pick<DashCommitment, "progress">[]): number | null {
  if (!commitments.length) return null;
  let sum = 0;
  for (const c of commitments) sum += c.progress;
  return sum / commitments.length;
}

/** A percentage as shown: rounded to a whole number (half up). */
export function percent(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

export function statusCounts(commitments: readonly Pick<DashCommitment, "status">[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const c of commitments) counts[c.status]++;
  return counts;
}

export function rollup(commitments: readonly Tracked[]): Rollup {
  return { count: commitments.length, progress: meanProgress(commitments), statuses: statusCounts(commitments) };
}

/** One roll-up per layer, in framework order (zeros included). */
export function layerRollups(commitments: readonly (Tracked & Pick<DashCommitment, "layer">)[]): LayerRollup[] {
  return LAYERS.map((layer) => ({ layer, ...rollup(commitments.filter((c) => c.layer === layer)) }));
}

export function isOverdue(c: DashCommitment, today: string): boolean {
  return c.targetDate !== null && c.status !== "in_place" && c.targetDate < today;
}

export function isDueSoon(c: DashCommitment, today: string, days = DUE_SOON_DAYS): boolean {
  return c.targetDate !== null && c.status !== "in_place" && c.targetDate >= today && c.targetDate <= addDays(today, days);
}

function byTargetDate(a: DashCommitment, b: DashCommitment): number {
  return (a.targetDate ?? "").localeCompare(b.targetDate ?? "") || a.title.localeCompare(b.title);
}

/** Overdue commitments, longest overdue first. */
export function overdueList(commitments: readonly DashCommitment[], today: string): DashCommitment[] {
  return commitments.filter((c) => isOverdue(c, today)).sort(byTargetDate);
}

/** Commitments due within `days` days, soonest first. */
export function dueSoonList(commitments: readonly DashCommitment[], today: string, days = DUE_SOON_DAYS): DashCommitment[] {
  return commitments.filter((c) => isDueSoon(c, today, days)).sort(byTargetDate);
}

/** The six titles of the Charter that hold rights (Title VII, general provisions, holds none). */
export const CHARTER_TITLES = ["dignity", "freedoms", "equality", "solidarity", "citizens_rights", "justice"] as const satisfies readonly CharterChapter[];
export type CharterTitle = (typeof CHARTER_TITLES)[number];

const CHAPTER_OF_ARTICLE = new Map(CHARTER_ARTICLES.map((a) => [a.number, a.chapter]));

/** Per Charter title: how many commitments link to at least one of its articles. */
export function charterCoverage(commitments: readonly DashCommitment[]): { title: CharterTitle; count: number }[] {
  const counts = new Map<CharterChapter, number>();
  for (const c of commitments) {
    const chapters = new Set(c.charterArticles.map((n) => CHAPTER_OF_ARTICLE.get(n)).filter((ch) => ch !== undefined));
    for (const ch of chapters) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return CHARTER_TITLES.map((title) => ({ title, count: counts.get(title) ?? 0 }));
}

/** Per SDG (1–17): how many commitments link to it. */
export function sdgCoverage(commitments: readonly DashCommitment[]): { sdg: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const c of commitments) for (const n of new Set(c.sdgs)) counts.set(n, (counts.get(n) ?? 0) + 1);
  return SDGS.map((g) => ({ sdg: g.number, count: counts.get(g.number) ?? 0 }));
}

/** 0 (none) … 4 (exemplary). */
export function maturityLevel(m: MaturityValue): number {
  return MATURITIES.indexOf(m);
}

/** The maturity of each framework element's commitment, in framework order. */
export function maturityByElement(commitments: readonly DashCommitment[]): { elementKey: string; maturity: MaturityValue; level: number }[] {
  const byKey = new Map(commitments.filter((c) => c.elementKey).map((c) => [c.elementKey!, c]));
  return ELEMENT_KEYS.filter((k) => byKey.has(k)).map((k) => {
    const maturity = byKey.get(k)!.maturity;
    return { elementKey: k, maturity, level: maturityLevel(maturity) };
  });
}

export interface DepartmentRollup extends Rollup {
  /** Null: commitments without a department. */
  departmentId: string | null;
  name: string | null;
}

/**
 * Every department (those with no commitment too: that is where nothing is happening yet), by
 * name, then a row for commitments without a department when there are any.
 */
export function departmentRollups(commitments: readonly DashCommitment[], departments: readonly DashDepartment[]): DepartmentRollup[] {
  const rows: DepartmentRollup[] = [...departments]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => ({ departmentId: d.id, name: d.name, ...rollup(commitments.filter((c) => c.departmentId === d.id)) }));
  const known = new Set(departments.map((d) => d.id));
  const none = commitments.filter((c) => c.departmentId === null || !known.has(c.departmentId));
  if (none.length) rows.push({ departmentId: null, name: null, ...rollup(none) });
  return rows;
}

export interface TrendPoint {
  /** The day the state is taken at (end of a month, or the as-of day for the last point). */
  day: string;
  count: number;
  /** Overall progress that day, unrounded; null when the city had no commitments yet. */
  progress: number | null;
  inPlace: number;
}

/** Overall progress on each of `days`, from the history (see state-at.ts). */
export function progressTrend(h: History, days: readonly string[]): TrendPoint[] {
  return days.map((day) => {
    const state = h.on(day);
    return { day, count: state.length, progress: meanProgress(state), inPlace: state.filter((c) => c.status === "in_place").length };
  });
}
