import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CommitmentStatusValue } from "@/lib/features/commitments/schema";

const TONE: Record<CommitmentStatusValue, BadgeTone> = {
  not_started: "gray",
  planned: "blue",
  in_progress: "amber",
  in_place: "green",
  needs_review: "red",
};

/** A commitment's status: the word, on a colour that repeats it. */
export function StatusBadge({ status, label }: { status: CommitmentStatusValue; label: string }) {
  return <Badge tone={TONE[status]}>{label}</Badge>;
}
