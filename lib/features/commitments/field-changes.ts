/**
 * The history of a commitment's other fields (text, owner, department, dates, linked rights and
 * groups, …): which fields one save changed, old → new, as stored in
 * `CommitmentFieldChange.fields`. Pure, so the writer (apply-change.ts), the reader
 * (list-updates.ts) and the tests share one definition.
 */
import { isoDate } from "@/lib/kernel/dates";

/** The fields recorded here, in the order the history lists them. Status, progress and maturity are CommitmentUpdate's. */
export const HISTORY_FIELDS = [
  "title",
  "text",
  "ownerId",
  "departmentId",
  "startDate",
  "targetDate",
  "charterArticles",
  "udhrArticles",
  "sdgs",
  "groups",
  "progressMode",
  "isPublic",
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** A value as stored: ids and codes as text, dates as YYYY-MM-DD, lists sorted; null for none. */
export type HistoryValue = string | boolean | number[] | string[] | null;

export interface FieldChangeRecord {
  field: HistoryField;
  from: HistoryValue;
  to: HistoryValue;
  /** A department's name at the time of the change, so a deleted department still reads as itself. */
  fromName?: string;
  toName?: string;
  /** The names of the city's own groups in the change, for the same reason. */
  groupNames?: Record<string, { en: string; nl: string }>;
}

/** The row fields this module compares (a Prisma Commitment has them all). */
export interface HistoryRow {
  title: string;
  text: string;
  ownerId: string | null;
  departmentId: string | null;
  startDate: Date | null;
  targetDate: Date | null;
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  groups: string[];
  progressMode: string;
  isPublic: boolean;
}

function valueOf(row: HistoryRow, field: HistoryField): HistoryValue {
  switch (field) {
    case "startDate":
    case "targetDate":
      return row[field] ? isoDate(row[field]) : null;
    case "charterArticles":
    case "udhrArticles":
    case "sdgs":
      return [...row[field]].sort((a, b) => a - b);
    case "groups":
      return [...row.groups].sort();
    default:
      return row[field];
  }
}

const same = (a: HistoryValue, b: HistoryValue) => JSON.stringify(a) === JSON.stringify(b);

/** Every recorded field that differs between two states of a commitment, old → new. */
export function diffFields(
  before: HistoryRow,
  after: HistoryRow,
  names: { departments?: Map<string, string>; groups?: Map<string, { en: string; nl: string }> } = {},
): FieldChangeRecord[] {
  const departmentNames = names.departments ?? new Map<string, string>();
  const changes: FieldChangeRecord[] = [];
  for (const field of HISTORY_FIELDS) {
    const from = valueOf(before, field);
    const to = valueOf(after, field);
    if (same(from, to)) continue;
    const change: FieldChangeRecord = { field, from, to };
    if (field === "departmentId") {
      const fromName = typeof from === "string" ? departmentNames.get(from) : undefined;
      const toName = typeof to === "string" ? departmentNames.get(to) : undefined;
      if (fromName !== undefined) change.fromName = fromName;
      if (toName !== undefined) change.toName = toName;
    }
    if (field === "groups") {
      const keys = [...new Set([...(from as string[]), ...(to as string[])])].filter((k) => names.groups?.has(k));
      if (keys.length) change.groupNames = Object.fromEntries(keys.map((k) => [k, names.groups!.get(k)!]));
    }
    changes.push(change);
  }
  return changes;
}

/** The stored JSON back as changes; anything unrecognised (a field a later version dropped) is left out. */
export function parseFieldChanges(json: unknown): FieldChangeRecord[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (c): c is FieldChangeRecord =>
      typeof c === "object" && c !== null && (HISTORY_FIELDS as readonly string[]).includes((c as { field?: unknown }).field as string),
  );
}
