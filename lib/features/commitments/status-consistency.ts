import type { CommitmentStatusValue } from "./schema";

/**
 * A status that its progress contradicts: "Not started" with 60% progress (often derived from the
 * linked actions), or 100% and not in place. The form warns and suggests the status; saving the
 * pair anyway needs the officer's explicit "keep this status" (recorded in the audit log), and
 * publishing lists the public commitments in this state and asks before it publishes them.
 * "Planned" with some progress is not a contradiction: preparation counts (the demo cities do it).
 */
export interface StatusContradiction {
  rule: "progressNotStarted" | "completeNotInPlace";
  suggested: CommitmentStatusValue;
}

export function statusContradiction(status: CommitmentStatusValue, progress: number): StatusContradiction | null {
  if (progress >= 100 && status !== "in_place" && status !== "needs_review") return { rule: "completeNotInPlace", suggested: "in_place" };
  if (progress > 0 && status === "not_started") return { rule: "progressNotStarted", suggested: "in_progress" };
  return null;
}
