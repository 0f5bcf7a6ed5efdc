import type { ColumnSet } from "@/lib/kernel/sheets/table";

/**
 * The action-updates sheet: one row per action of the plan, the same columns for export and
 * import. objective and action (the title) are for reading; status, progress, status_reason and
 * budget_spent are what an update changes; note goes into the action's history with the change.
 */
export const ACTION_COLUMNS = [
  "action_id",
  "objective",
  "action",
  "due_date",
  "status",
  "progress",
  "status_reason",
  "budget_spent",
  "note",
  "version",
] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];

export const ACTION_SET: ColumnSet<ActionColumn> = { columns: ACTION_COLUMNS, required: ["action_id", "version"] };

export const ACTION_EDITABLE: readonly ActionColumn[] = ["status", "progress", "status_reason", "budget_spent", "note"];

export type ActionExportRow = Record<ActionColumn, string | number>;

export const MAX_STATUS_REASON = 1000;
