import type { ActionStatusValue } from "./schema";

/**
 * How progress rolls up (explained on the plan page, lib/features/action-plans/messages.ts `rollup`):
 * - an action counts with its own progress %, except that a **done** action counts as 100 % and a
 *   **cancelled** action does not count at all (it will never move, and would drag the mean down);
 * - an objective's progress is the mean over its counted actions;
 * - the plan's progress is the mean over all counted actions of the plan, each action weighing the
 *   same (not the mean of the objectives, so an objective with one action does not outweigh one
 *   with twenty) — the same rule as the commitments' overall progress on the dashboard;
 * - with no counted actions, progress is unknown (null), not 0 %.
 * A commitment in progress mode "actions" takes the same mean over its linked actions.
 */
export interface RollupAction {
  status: ActionStatusValue;
  progress: number;
}

export interface Rollup {
  /** Rounded mean %, or null when no action counts. */
  progress: number | null;
  /** Actions that count (not cancelled). */
  counted: number;
  total: number;
  byStatus: Record<ActionStatusValue, number>;
}

export function countedProgress(a: RollupAction): number | null {
  if (a.status === "cancelled") return null;
  if (a.status === "done") return 100;
  return a.progress;
}

export function meanProgress(actions: readonly RollupAction[]): number | null {
  let sum = 0;
  let n = 0;
  for (const a of actions) {
    const p = countedProgress(a);
    if (p === null) continue;
    sum += p;
    n++;
  }
  return n === 0 ? null : Math.round(sum / n);
}

export function rollup(actions: readonly RollupAction[]): Rollup {
  const byStatus: Record<ActionStatusValue, number> = { not_started: 0, on_track: 0, at_risk: 0, delayed: 0, done: 0, cancelled: 0 };
  for (const a of actions) byStatus[a.status]++;
  return { progress: meanProgress(actions), counted: actions.length - byStatus.cancelled, total: actions.length, byStatus };
}

/** An action is overdue when its due date has passed and it is neither done nor cancelled. */
export function isOverdue(a: { status: ActionStatusValue; dueDate: string | null }, today: string): boolean {
  return a.dueDate !== null && a.dueDate < today && a.status !== "done" && a.status !== "cancelled";
}
