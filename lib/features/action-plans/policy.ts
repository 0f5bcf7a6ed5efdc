/**
 * State rules of action plans beyond the role table (lib/kernel/auth/permissions.ts): the ones the
 * forms, the Server Actions and the spreadsheet import all apply, written once.
 */
import type { ActionStatus } from "@/lib/generated/city/enums";

/**
 * Statuses that say something is wrong: the person must say what. "At risk" or "delayed" without
 * a reason tells the council nothing it can act on. The reason is shown (and exported) only with
 * these statuses.
 */
export const STATUSES_NEEDING_REASON = ["at_risk", "delayed"] as const satisfies readonly ActionStatus[];

export function needsReason(status: ActionStatus): boolean {
  return (STATUSES_NEEDING_REASON as readonly ActionStatus[]).includes(status);
}
