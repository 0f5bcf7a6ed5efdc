/**
 * A published report must not reveal a commitment the city has not made public (Commitment.isPublic)
 * unless the officer confirmed exactly which ones. The report is generated from every commitment
 * (the figures are the whole record's), so at publication the officer sees the list of the
 * non-public commitments it names and decides for exactly that list: publish them in the report,
 * or leave them out — then they are not listed (neither in the commitments table nor among the
 * stale ones) but still count in the figures, and the report says how many were left out. A list
 * that changed between showing and confirming is refused (./transition-report.ts).
 */
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { ReportView } from "./report-view";

export interface UndisclosedCommitment {
  /** The commitment's id; for a record whose commitment no longer exists, "gone:" and its label. */
  key: string;
  /** As the report shows it: "F1 Title", or the title of the city's own commitment. */
  label: string;
}

export type DisclosureDecision = "include" | "omit";

type Listed = NonNullable<ReportView["generated"]>["framework"]["commitments"][number];

const labelOf = (c: Pick<Listed, "elementKey" | "title">) => (c.elementKey ? `${c.elementKey} ${c.title}` : c.title);

/** The non-public commitments the report names, in the report's order. */
export async function undisclosedCommitments(db: CityDb | CityTx, view: Pick<ReportView, "generated">): Promise<UndisclosedCommitment[]> {
  const listed = view.generated?.framework.commitments ?? [];
  if (!listed.length) return [];
  const rows = await db.commitment.findMany({ select: { id: true, elementKey: true, title: true, isPublic: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byElement = new Map(rows.filter((r) => r.elementKey).map((r) => [r.elementKey!, r]));
  const byTitle = new Map(rows.filter((r) => !r.elementKey).map((r) => [r.title, r]));
  const out: UndisclosedCommitment[] = [];
  const seen = new Set<string>();
  for (const c of listed) {
    // Older records carry no id: a framework element is one commitment per city; the city's own go by title.
    const row = c.id ? byId.get(c.id) : c.elementKey ? byElement.get(c.elementKey) : byTitle.get(c.title);
    if (row?.isPublic) continue;
    const key = row?.id ?? `gone:${labelOf(c)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, label: labelOf(c) });
  }
  return out;
}

/** Does the officer's confirmation name exactly the commitments the report would reveal now? */
export function confirmsExactly(confirmed: readonly string[], undisclosed: readonly UndisclosedCommitment[]): boolean {
  const a = [...new Set(confirmed)].sort();
  const b = undisclosed.map((u) => u.key).sort();
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** The view without the undisclosed commitments listed anywhere; the figures stay those of the whole record. */
export function withholdCommitments(view: ReportView, undisclosed: readonly UndisclosedCommitment[]): ReportView {
  const g = view.generated;
  if (!g || !undisclosed.length) return view;
  const keys = new Set(undisclosed.map((u) => u.key));
  const labels = new Set(undisclosed.map((u) => u.label));
  const hidden = (c: Listed) => (c.id ? keys.has(c.id) : labels.has(labelOf(c)));
  const commitments = g.framework.commitments.filter((c) => !hidden(c));
  return {
    ...view,
    generated: {
      ...g,
      framework: { ...g.framework, commitments, withheld: g.framework.commitments.length - commitments.length },
      gaps: { ...g.gaps, staleCommitments: g.gaps.staleCommitments.filter((s) => !labels.has(s)) },
    },
  };
}
