import type { CommitmentStatusValue } from "@/lib/features/commitments/schema";

/**
 * Bar colours per status, the same hues as the status badges, dark enough for 3:1 against white
 * (WCAG 1.4.11). The status name is always written next to the colour.
 */
export const STATUS_COLOURS: Record<CommitmentStatusValue, string> = {
  not_started: "#64748b",
  planned: "#1d4ed8",
  in_progress: "#b45309",
  in_place: "#15803d",
  needs_review: "#b91c1c",
};
