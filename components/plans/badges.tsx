import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ActionStatusValue, PlanStatusValue } from "@/lib/features/action-plans/schema";
import type { TargetStatus } from "@/lib/features/indicators/target-status";

const ACTION: Record<ActionStatusValue, BadgeTone> = {
  not_started: "gray",
  on_track: "green",
  at_risk: "amber",
  delayed: "red",
  done: "blue",
  cancelled: "gray",
};
const PLAN: Record<PlanStatusValue, BadgeTone> = { draft: "gray", adopted: "green", closed: "blue" };
const TARGET: Record<TargetStatus, BadgeTone> = { on_track: "green", off_track: "red", no_data: "gray" };

/** Status words on a colour that repeats them (never the colour alone). */
export const ActionStatusBadge = ({ status, label }: { status: ActionStatusValue; label: string }) => <Badge tone={ACTION[status]}>{label}</Badge>;
export const PlanStatusBadge = ({ status, label }: { status: PlanStatusValue; label: string }) => <Badge tone={PLAN[status]}>{label}</Badge>;
export const TargetStatusBadge = ({ status, label }: { status: TargetStatus; label: string }) => <Badge tone={TARGET[status]}>{label}</Badge>;
