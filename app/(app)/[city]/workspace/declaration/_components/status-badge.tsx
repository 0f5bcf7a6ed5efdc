import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { DeclarationStatusValue } from "@/lib/features/declaration/schema";

const TONE: Record<DeclarationStatusValue, BadgeTone> = {
  draft: "gray",
  consultation: "blue",
  proposed: "amber",
  adopted: "green",
  published: "purple",
};

/** The declaration's status: the word, on a colour that repeats it. */
export function DeclarationStatusBadge({ status, label }: { status: DeclarationStatusValue; label: string }) {
  return <Badge tone={TONE[status]}>{label}</Badge>;
}
