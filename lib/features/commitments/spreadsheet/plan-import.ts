/**
 * What an import would change, row by row, against what is stored now. Pure: the preview page
 * shows it, the apply step recomputes it inside its transaction and refuses unless every row is
 * acceptable (all or nothing), and the unit tests drive it directly.
 */
import { listCell, MAX_NOTE_LENGTH, PUBLIC_CELL, type Column, type RawTable } from "./columns";
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TEXT_MAX,
  MATURITIES,
  PROGRESS_MODES,
  TITLE_MAX,
  type CommitmentStatusValue,
  type MaturityValue,
  type ProgressModeValue,
} from "../schema";
import { cellOf } from "./read-table";
import { isoDate } from "@/lib/kernel/dates";
import { isBuiltInGroupKey } from "@/lib/reference/rights/groups";

export interface PlanCommitment {
  id: string;
  elementKey: string | null;
  title: string;
  text: string;
  status: CommitmentStatusValue;
  progress: number;
  maturity: MaturityValue;
  progressMode: ProgressModeValue;
  ownerId: string | null;
  departmentId: string | null;
  startDate: Date | null;
  targetDate: Date | null;
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  groups: string[];
  isPublic: boolean;
  version: number;
}

export interface PlanState {
  commitments: PlanCommitment[];
  /** Members of the city: who may own a commitment. */
  members: { id: string; email: string }[];
  departments: { id: string; name: string }[];
  /** Keys of the city's own rights-holder groups (the built-in ones are reference data). */
  groupKeys: string[];
  /** Email of every current owner, members or not, to show "from". */
  ownerEmails: Map<string, string>;
}

export type ProblemCode =
  | "missingKey"
  | "unknownKey"
  | "duplicateKey"
  | "statusInvalid"
  | "maturityInvalid"
  | "progressInvalid"
  | "progressDerived"
  | "ownerUnknown"
  | "departmentUnknown"
  | "dateInvalid"
  | "dateOrder"
  | "versionInvalid"
  | "versionStale"
  | "noteTooLong"
  | "titleFixed"
  | "titleInvalid"
  | "textTooLong"
  | "progressModeInvalid"
  | "articleInvalid"
  | "groupUnknown"
  | "publicInvalid";

export interface Problem {
  code: ProblemCode;
  vars?: Record<string, string | number>;
}

export type ChangeField = Exclude<Column, "key" | "layer" | "note" | "version">;

/** Values as written in the file ("" for none); the page translates codes. */
export interface FieldChange {
  field: ChangeField;
  from: string;
  to: string;
}

export interface RowApply {
  status?: CommitmentStatusValue;
  progress?: number;
  maturity?: MaturityValue;
  title?: string;
  text?: string;
  progressMode?: ProgressModeValue;
  ownerId?: string | null;
  departmentId?: string | null;
  startDate?: Date | null;
  targetDate?: Date | null;
  charterArticles?: number[];
  udhrArticles?: number[];
  sdgs?: number[];
  groups?: string[];
  isPublic?: boolean;
}

/** The list columns: which field each fills and the highest number it takes. */
const NUMBER_LISTS = [
  ["charter_articles", "charterArticles", 54],
  ["udhr_articles", "udhrArticles", 30],
  ["sdgs", "sdgs", 17],
] as const;

/** "1; 21, 26" → [1, 21, 26]; the first entry that is no number from 1 to `max` otherwise. */
function parseNumbers(value: string, max: number): { ok: true; list: number[] } | { ok: false; bad: string } {
  const list: number[] = [];
  for (const token of value.split(/[;,\s]+/).filter(Boolean)) {
    const n = /^\d{1,3}$/.test(token) ? Number(token) : NaN;
    if (!(n >= 1 && n <= max)) return { ok: false, bad: token };
    if (!list.includes(n)) list.push(n);
  }
  return { ok: true, list: list.sort((a, b) => a - b) };
}

const PUBLIC_VALUES: Record<string, boolean> = { yes: true, no: false, ja: true, nee: false, true: true, false: false, "1": true, "0": false };

/** Line breaks as the web form stores them (spreadsheets may write CR LF). */
const lines = (s: string) => s.replace(/\r\n?/g, "\n");

export interface PlannedRow {
  line: number;
  key: string;
  commitmentId: string | null;
  elementKey: string | null;
  title: string | null;
  outcome: "change" | "unchanged" | "rejected";
  changes: FieldChange[];
  problems: Problem[];
  /** The version in the file: the apply step's optimistic-concurrency guard. */
  version: number | null;
  note: string;
  apply: RowApply;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: { rows: number; change: number; unchanged: number; rejected: number };
  /** At least one change and no rejected row. */
  applicable: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "In progress", "in-progress", "IN_PROGRESS" → "in_progress". */
function code(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export const publicCell = (isPublic: boolean) => (isPublic ? PUBLIC_CELL.yes : PUBLIC_CELL.no);

export function dayString(d: Date | null): string {
  return d ? isoDate(d) : "";
}

/** YYYY-MM-DD, or D-M-YYYY as Dutch Excel writes dates back; "" is no date. Null when invalid. */
export function parseDay(value: string): Date | null | undefined {
  if (value === "") return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  let [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m) {
    m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
    if (!m) return undefined;
    [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date;
}

export function planImport(table: RawTable<string>, state: PlanState): ImportPlan {
  const byKey = new Map<string, PlanCommitment>();
  for (const c of state.commitments) {
    if (c.elementKey) byKey.set(c.elementKey.toUpperCase(), c);
    byKey.set(c.id.toLowerCase(), c);
  }
  const memberByEmail = new Map(state.members.map((m) => [m.email.toLowerCase(), m]));
  const deptByName = new Map(state.departments.map((d) => [d.name.trim().toLowerCase(), d]));
  const deptName = new Map(state.departments.map((d) => [d.id, d.name]));
  const ownGroups = new Set(state.groupKeys);
  const firstLine = new Map<string, number>();

  const rows = table.rows.map(({ line, cells }): PlannedRow => {
    const get = (c: Column) => cellOf(table, cells, c);
    const key = get("key") ?? "";
    const problems: Problem[] = [];
    const changes: FieldChange[] = [];
    const apply: RowApply = {};
    const note = get("note") ?? "";
    const row = (c: PlanCommitment | null): PlannedRow => {
      const outcome = problems.length > 0 ? "rejected" : changes.length > 0 ? "change" : "unchanged";
      const v = get("version") ?? "";
      return {
        line,
        key,
        commitmentId: c?.id ?? null,
        elementKey: c?.elementKey ?? null,
        title: c?.title ?? null,
        outcome,
        changes,
        problems,
        version: /^\d+$/.test(v) ? Number(v) : null,
        note,
        apply,
      };
    };

    if (key === "") {
      problems.push({ code: "missingKey" });
      return row(null);
    }
    const c = byKey.get(UUID.test(key) ? key.toLowerCase() : key.toUpperCase());
    if (!c) {
      problems.push({ code: "unknownKey", vars: { key } });
      return row(null);
    }
    const earlier = firstLine.get(c.id);
    if (earlier !== undefined) {
      problems.push({ code: "duplicateKey", vars: { key, line: earlier } });
      return row(c);
    }
    firstLine.set(c.id, line);
    const change = (field: ChangeField, from: string, to: string) => changes.push({ field, from, to });

    // The reader trims every cell, so a stored value with spaces around it is compared trimmed.
    const title = get("title");
    // (Line breaks compared as the form stores them: Excel writes a title's CR LF back as LF.)
    if (title !== undefined && lines(title) !== lines(c.title).trim()) {
      // A framework element's commitment carries the element's name (as on the web form).
      if (c.elementKey) problems.push({ code: "titleFixed", vars: { value: title } });
      else if (title === "" || title.length > TITLE_MAX) problems.push({ code: "titleInvalid", vars: { max: TITLE_MAX } });
      else {
        apply.title = title;
        change("title", c.title, title);
      }
    }

    const text = get("text");
    if (text !== undefined && lines(text) !== lines(c.text).trim()) {
      if (text.length > COMMITMENT_TEXT_MAX) problems.push({ code: "textTooLong", vars: { max: COMMITMENT_TEXT_MAX } });
      else {
        apply.text = lines(text);
        change("text", c.text, lines(text));
      }
    }

    // Read before progress: a commitment switched to "actions" no longer takes a typed figure.
    let mode = c.progressMode;
    const progressMode = get("progress_mode");
    if (progressMode !== undefined) {
      const m = code(progressMode);
      if (!(PROGRESS_MODES as readonly string[]).includes(m))
        problems.push({ code: "progressModeInvalid", vars: { value: progressMode, allowed: PROGRESS_MODES.join(", ") } });
      else {
        mode = m as ProgressModeValue;
        if (mode !== c.progressMode) {
          apply.progressMode = mode;
          change("progress_mode", c.progressMode, mode);
        }
      }
    }

    const status = get("status");
    if (status !== undefined) {
      const s = code(status);
      if (!(COMMITMENT_STATUSES as readonly string[]).includes(s))
        problems.push({ code: "statusInvalid", vars: { value: status, allowed: COMMITMENT_STATUSES.join(", ") } });
      else if (s !== c.status) {
        apply.status = s as CommitmentStatusValue;
        change("status", c.status, s);
      }
    }

    const progress = get("progress");
    if (progress !== undefined) {
      const p = progress.replace(/\s*%$/, "");
      const n = /^\d{1,3}$/.test(p) ? Number(p) : NaN;
      if (!(n >= 0 && n <= 100)) problems.push({ code: "progressInvalid", vars: { value: progress } });
      else if (n !== c.progress) {
        if (mode === "actions") problems.push({ code: "progressDerived" });
        else {
          apply.progress = n;
          change("progress", String(c.progress), String(n));
        }
      }
    }

    const maturity = get("maturity");
    if (maturity !== undefined) {
      const m = code(maturity);
      if (!(MATURITIES as readonly string[]).includes(m)) problems.push({ code: "maturityInvalid", vars: { value: maturity, allowed: MATURITIES.join(", ") } });
      else if (m !== c.maturity) {
        apply.maturity = m as MaturityValue;
        change("maturity", c.maturity, m);
      }
    }

    const owner = get("owner_email");
    if (owner !== undefined) {
      const currentEmail = c.ownerId ? (state.ownerEmails.get(c.ownerId) ?? "") : "";
      // Keeping an owner who has since left the city is not a change (and not an error).
      if (owner.toLowerCase() !== currentEmail.toLowerCase()) {
        const member = owner === "" ? null : memberByEmail.get(owner.toLowerCase());
        if (member === undefined) problems.push({ code: "ownerUnknown", vars: { value: owner } });
        else if ((member?.id ?? null) !== c.ownerId) {
          apply.ownerId = member?.id ?? null;
          change("owner_email", currentEmail, member?.email ?? "");
        }
      }
    }

    const department = get("department");
    if (department !== undefined) {
      const d = department === "" ? null : deptByName.get(department.toLowerCase());
      if (d === undefined) problems.push({ code: "departmentUnknown", vars: { value: department } });
      else if ((d?.id ?? null) !== c.departmentId) {
        apply.departmentId = d?.id ?? null;
        change("department", c.departmentId ? (deptName.get(c.departmentId) ?? "") : "", d?.name ?? "");
      }
    }

    let start = c.startDate;
    let target = c.targetDate;
    for (const [column, field] of [
      ["start_date", "startDate"],
      ["target_date", "targetDate"],
    ] as const) {
      const value = get(column);
      if (value === undefined) continue;
      const day = parseDay(value);
      if (day === undefined) {
        problems.push({ code: "dateInvalid", vars: { value, column } });
        continue;
      }
      if (dayString(day) !== dayString(c[field])) {
        apply[field] = day;
        change(column, dayString(c[field]), dayString(day));
      }
      if (field === "startDate") start = day;
      else target = day;
    }
    if (start && target && start > target && (apply.startDate !== undefined || apply.targetDate !== undefined)) {
      problems.push({ code: "dateOrder" });
    }

    for (const [column, field, max] of NUMBER_LISTS) {
      const value = get(column);
      if (value === undefined) continue;
      const parsed = parseNumbers(value, max);
      if (!parsed.ok) problems.push({ code: "articleInvalid", vars: { value: parsed.bad, column, max } });
      else if (listCell(parsed.list) !== listCell(c[field])) {
        apply[field] = parsed.list;
        change(column, listCell(c[field]), listCell(parsed.list));
      }
    }

    const groups = get("groups");
    if (groups !== undefined) {
      const keys = [
        ...new Set(
          groups
            .split(/[;,\s]+/)
            .filter(Boolean)
            .map((k) => k.toLowerCase()),
        ),
      ];
      const unknown = keys.filter((k) => !isBuiltInGroupKey(k) && !ownGroups.has(k));
      if (unknown.length) problems.push({ code: "groupUnknown", vars: { value: unknown.join("; ") } });
      else if (listCell(keys) !== listCell(c.groups)) {
        apply.groups = keys.sort();
        change("groups", listCell(c.groups), listCell(keys));
      }
    }

    const isPublic = get("public");
    if (isPublic !== undefined) {
      const v = PUBLIC_VALUES[isPublic.toLowerCase()];
      if (v === undefined) problems.push({ code: "publicInvalid", vars: { value: isPublic } });
      else if (v !== c.isPublic) {
        apply.isPublic = v;
        change("public", publicCell(c.isPublic), publicCell(v));
      }
    }

    if (note.length > MAX_NOTE_LENGTH) problems.push({ code: "noteTooLong", vars: { max: MAX_NOTE_LENGTH } });

    // The version matters only for a row that changes something: it proves the row was edited
    // from what is stored now, not from an older export (which would silently undo others' work).
    if (changes.length > 0) {
      const v = get("version") ?? "";
      if (!/^\d+$/.test(v)) problems.push({ code: "versionInvalid", vars: { value: v } });
      else if (Number(v) !== c.version) problems.push({ code: "versionStale", vars: { version: v, current: c.version } });
    }
    return row(c);
  });

  const counts = {
    rows: rows.length,
    change: rows.filter((r) => r.outcome === "change").length,
    unchanged: rows.filter((r) => r.outcome === "unchanged").length,
    rejected: rows.filter((r) => r.outcome === "rejected").length,
  };
  return { rows, counts, applicable: counts.rejected === 0 && counts.change > 0 };
}
