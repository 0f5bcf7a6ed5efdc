/**
 * What an action-updates sheet would change, row by row, against what is stored now. Pure, with
 * the rules of lib/features/commitments/spreadsheet/plan-import.ts: each action once, every change guarded by the
 * version in the file, a refused row refuses the whole file. At risk and delayed need a reason;
 * any other status clears it (a reason only explains those two).
 */
import { MAX_NOTE_LENGTH, type RawTable } from "@/lib/features/commitments/spreadsheet/columns";
import { cellOf } from "@/lib/kernel/sheets/table";
import { ACTION_STATUSES, type ActionStatusValue } from "../schema";
import { needsReason } from "../policy";
import { MAX_STATUS_REASON, type ActionColumn } from "./action-columns";
import { countRows, parseDecimal, type PreviewCounts, type PreviewRow, type RowChange, type RowProblem } from "./import-types";

export interface StateAction {
  id: string;
  title: string;
  objectiveTitle: string;
  status: ActionStatusValue;
  progress: number;
  statusReason: string;
  /** Canonical decimal text, or "" for none. */
  budgetSpent: string;
  version: number;
}

export interface PlannedAction extends PreviewRow {
  actionId: string | null;
  version: number | null;
  apply: { status?: ActionStatusValue; progress?: number; statusReason?: string; budgetSpent?: string };
}

export interface ActionPlanImport {
  rows: PlannedAction[];
  counts: PreviewCounts;
  applicable: boolean;
}

/** "On track", "on-track", "ON_TRACK" → "on_track". */
function code(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function planActionImport(table: RawTable<string>, actions: readonly StateAction[]): ActionPlanImport {
  const byId = new Map(actions.map((a) => [a.id.toLowerCase(), a]));
  const firstLine = new Map<string, number>();

  const rows = table.rows.map(({ line, cells }): PlannedAction => {
    const get = (c: ActionColumn) => cellOf(table, cells, c);
    const key = get("action_id") ?? "";
    const note = get("note") ?? "";
    const problems: RowProblem[] = [];
    const changes: RowChange[] = [];
    const apply: PlannedAction["apply"] = {};
    const v = get("version") ?? "";
    const row = (a: StateAction | null): PlannedAction => ({
      line,
      key,
      subject: a?.title ?? null,
      outcome: problems.length > 0 ? "rejected" : changes.length > 0 ? "change" : "unchanged",
      changes,
      problems,
      note,
      actionId: a?.id ?? null,
      version: /^\d+$/.test(v) ? Number(v) : null,
      apply,
    });

    if (key === "") {
      problems.push({ code: "missingAction", column: "action_id" });
      return row(null);
    }
    const a = byId.get(key.trim().toLowerCase());
    if (!a) {
      problems.push({ code: "unknownAction", column: "action_id", vars: { value: key } });
      return row(null);
    }
    const earlier = firstLine.get(a.id);
    if (earlier !== undefined) {
      problems.push({ code: "duplicateAction", column: "action_id", vars: { line: earlier } });
      return row(a);
    }
    firstLine.set(a.id, line);

    let status = a.status;
    const statusCell = get("status");
    if (statusCell !== undefined) {
      const s = code(statusCell);
      if (!(ACTION_STATUSES as readonly string[]).includes(s))
        problems.push({ code: "statusInvalid", column: "status", vars: { value: statusCell, allowed: ACTION_STATUSES.join(", ") } });
      else if (s !== a.status) {
        status = s as ActionStatusValue;
        apply.status = status;
        changes.push({ field: "status", from: a.status, to: s });
      }
    }

    const progressCell = get("progress");
    if (progressCell !== undefined) {
      const p = progressCell.trim().replace(/\s*%$/, "");
      const n = /^\d{1,3}$/.test(p) ? Number(p) : NaN;
      if (!(n >= 0 && n <= 100)) problems.push({ code: "progressInvalid", column: "progress", vars: { value: progressCell } });
      else if (n !== a.progress) {
        apply.progress = n;
        changes.push({ field: "progress", from: String(a.progress), to: String(n) });
      }
    }

    const reasonCell = get("status_reason");
    const reasonNeeded = needsReason(status);
    const reason = reasonNeeded ? (reasonCell ?? a.statusReason).trim() : "";
    if (reasonNeeded && reason === "") problems.push({ code: "reasonRequired", column: "status_reason", vars: { status } });
    if (reason.length > MAX_STATUS_REASON) problems.push({ code: "reasonTooLong", column: "status_reason", vars: { max: MAX_STATUS_REASON } });
    if (reason !== a.statusReason) {
      apply.statusReason = reason;
      changes.push({ field: "status_reason", from: a.statusReason, to: reason });
    }

    const budgetCell = get("budget_spent");
    if (budgetCell !== undefined) {
      const b = budgetCell.trim() === "" ? "" : parseDecimal(budgetCell, 2);
      if (b === null || b.startsWith("-")) problems.push({ code: "budgetInvalid", column: "budget_spent", vars: { value: budgetCell } });
      else if (b !== a.budgetSpent) {
        apply.budgetSpent = b;
        changes.push({ field: "budget_spent", from: a.budgetSpent, to: b });
      }
    }

    if (note.length > MAX_NOTE_LENGTH) problems.push({ code: "noteTooLong", column: "note", vars: { max: MAX_NOTE_LENGTH } });
    if (changes.length > 0) {
      if (!/^\d+$/.test(v)) problems.push({ code: "versionInvalid", column: "version", vars: { value: v } });
      else if (Number(v) !== a.version) problems.push({ code: "versionStale", column: "version", vars: { version: v, current: a.version } });
    }
    return row(a);
  });
  return { rows, ...countRows(rows) };
}
