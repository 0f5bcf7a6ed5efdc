import type { PublicStatus } from "@/lib/features/publication/site/types";

// Tinted backgrounds with 900-weight text (above 7:1); the same hues as the workspace's badges.
const TONE: Record<PublicStatus, string> = {
  not_started: "bg-slate-100 text-slate-900 ring-slate-400",
  planned: "bg-blue-100 text-blue-900 ring-blue-400",
  in_progress: "bg-amber-100 text-amber-900 ring-amber-400",
  in_place: "bg-green-100 text-green-900 ring-green-500",
  needs_review: "bg-red-100 text-red-900 ring-red-400",
};

/** A commitment's status: the word carries the meaning, the colour only repeats it. */
export function StatusBadge({ status, label }: { status: PublicStatus; label: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[status]}`}>
      {label}
    </span>
  );
}
