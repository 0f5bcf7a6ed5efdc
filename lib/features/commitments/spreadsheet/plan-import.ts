/**
 * What an import would change, row by row, against what is stored now. Pure: the preview page
 * shows it, the apply step recomputes it inside its transaction and refuses unless every row is
 * acceptable (all or nothing), and the unit tests drive it directly.
 */
import { MAX_NOTE_LENGTH, type Column, type RawTable } from "./columns";
import { COMMITMENT_STATUSES, MATURITIES, type CommitmentStatusValue, type MaturityValue } from "../schema";
import { cellOf } from "./read-table";
import { isoDate } from "@/lib/kernel/dates";

export interface PlanCommitment {
  id: string;
  elementKey: string | null;
  title: string;
  status: CommitmentStatusValue;
  progress: number;
  maturity: MaturityValue;
  progressMode: "manual" | "actions";
  ownerId: string | null;
  departmentId: string | null;
  startDate: Date | null;
  targetDate: Date | null;
  version: number;
}

export interface PlanState {
  commitments: PlanCommitment[];
  /** Members of the city: who may own a commitment. */
  members: { id: string; email: string }[];
  departments: { id: string; name: string }[];
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
  | "noteTooLong";

export interface Problem {
  code: ProblemCode;
  vars?: Record<string, string | number>;
}

export type ChangeField = Exclude<Column, "key" | "layer" | "title" | "note" | "version">;

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
  ownerId?: string | null;
  departmentId?: string | null;
  startDate?: Date | null;
  targetDate?: Date | null;
}

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
        if (c.progressMode === "actions") problems.push({ code: "progressDerived" });
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
