import type { ReactNode } from "react";

export type BadgeTone = "gray" | "blue" | "amber" | "green" | "red" | "purple";

// Tinted backgrounds with 900-weight text: every pair is above 7:1.
const TONES: Record<BadgeTone, string> = {
  gray: "bg-slate-100 text-slate-900 ring-slate-400",
  blue: "bg-blue-100 text-blue-900 ring-blue-400",
  amber: "bg-amber-100 text-amber-900 ring-amber-400",
  green: "bg-green-100 text-green-900 ring-green-500",
  red: "bg-red-100 text-red-900 ring-red-400",
  purple: "bg-purple-100 text-purple-900 ring-purple-400",
};

/** A small label. Its text carries the meaning; the colour only repeats it. */
export function Badge({ tone = "gray", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}
