// No "server-only" import: the demo seed runs this under plain Node (like lib/features/commitments/apply-change.ts).
import type { AuditEntry, CityTx } from "@/lib/kernel/records/audited";
import { applyCommitmentChange } from "@/lib/features/commitments/apply-change";
import { meanProgress } from "./rollup";

/**
 * Commitments in progress mode "actions" take the mean progress of their linked, non-cancelled
 * actions (the roll-up rule of lib/features/action-plans/rollup.ts). Called in the transaction of every
 * change that can move that mean — an action's status, progress or links, or a deletion — so the
 * new figure lands in the commitment's history (source "actions") through applyCommitmentChange.
 * Without any counted action the commitment keeps its figure: nothing supports a new one.
 */
/** The mean progress of a commitment's linked, counted actions; null when none counts. */
export async function derivedProgress(tx: CityTx, commitmentId: string): Promise<number | null> {
  const links = await tx.actionCommitment.findMany({ where: { commitmentId }, select: { action: { select: { status: true, progress: true } } } });
  return meanProgress(links.map((l) => l.action));
}

export async function syncCommitmentsOfActions(
  tx: CityTx,
  audit: (entry: AuditEntry) => Promise<void>,
  actorId: string | null,
  commitmentIds: readonly string[],
  at: Date = new Date(),
): Promise<void> {
  const ids = [...new Set(commitmentIds)];
  if (!ids.length) return;
  const commitments = await tx.commitment.findMany({ where: { id: { in: ids }, progressMode: "actions" } });
  if (!commitments.length) return;
  const links = await tx.actionCommitment.findMany({
    where: { commitmentId: { in: commitments.map((c) => c.id) } },
    select: { commitmentId: true, action: { select: { status: true, progress: true } } },
  });
  for (const c of commitments) {
    const progress = meanProgress(links.filter((l) => l.commitmentId === c.id).map((l) => l.action));
    if (progress === null || progress === c.progress) continue;
    await applyCommitmentChange(tx, audit, actorId, c, c.version, { progress, note: "", source: "actions" }, {}, at);
  }
}
