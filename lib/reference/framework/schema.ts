/**
 * A commitment's statuses, shared by every page that shows them. The edit schema of a commitment
 * lives in lib/features/commitments/schema.ts.
 */
export const COMMITMENT_STATUSES = ["not_started", "planned", "in_progress", "in_place", "needs_review"] as const;
export type CommitmentStatusValue = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_TEXT_MAX = 10_000;
