import { Badge } from "@/components/ui/badge";
import type { CityStatusValue } from "@/lib/features/cities/schema";

/** A city's status in words; the colour only repeats it. */
export function StatusBadge({ status, label }: { status: CityStatusValue; label: string }) {
  return <Badge tone={status === "active" ? "green" : "amber"}>{label}</Badge>;
}
