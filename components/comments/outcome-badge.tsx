import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CommentOutcomeValue } from "@/lib/features/comments/schema";
import type { Dictionary } from "@/lib/features/dictionary";

const TONE: Record<CommentOutcomeValue, BadgeTone> = { accepted: "green", partly_accepted: "blue", not_taken_up: "amber", out_of_scope: "gray" };

export function OutcomeBadge({ outcome, m }: { outcome: CommentOutcomeValue | null; m: Dictionary["consultation"] }) {
  return outcome ? <Badge tone={TONE[outcome]}>{m.outcome[outcome]}</Badge> : <Badge tone="purple">{m.outcome.none}</Badge>;
}
