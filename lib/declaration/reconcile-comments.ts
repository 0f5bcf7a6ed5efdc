import "server-only";
import type { CityTx } from "@/lib/city-data/audited";
import { findAnchors, reconcileAnchors, type PMDoc } from "./comment-anchors";

/**
 * The save path's hook (call it inside the save's transaction, after the declaration row is
 * locked/updated and before the new version is written): carries comment anchors over into the
 * new version and records which comments lost their passage.
 *
 * The editor's base: an anchor whose comment was made on an earlier version than the editor's
 * base was in that base (the base was saved with it); one made on the base version itself may
 * have been added after the editor loaded, so unless the editor says which anchors it loaded
 * (`baseAnchorIds`), it is re-applied where its quote is found — and orphaned only if it is not.
 */
export async function reconcileCommentsOnSave<D extends PMDoc>(
  tx: CityTx,
  input: { declarationId: string; latest: PMDoc | null; baseNumber: number; incoming: D; baseAnchorIds?: readonly string[]; now?: Date },
): Promise<{ doc: D; orphaned: string[]; reapplied: string[] }> {
  const now = input.now ?? new Date();
  const comments = await tx.declarationComment.findMany({
    where: { declarationId: input.declarationId, anchorId: { not: null } },
    select: { id: true, anchorId: true, versionNumber: true, quote: true, orphanedAt: true },
  });
  const base = new Set(
    input.baseAnchorIds ?? comments.filter((c) => c.versionNumber < input.baseNumber).map((c) => c.anchorId!),
  );
  const quotes = new Map(comments.map((c) => [c.anchorId!, c.quote]));
  const result = input.latest
    ? reconcileAnchors({ latest: input.latest, incoming: input.incoming, baseAnchorIds: base, quotes })
    : { doc: input.incoming, reapplied: [], orphaned: [] };

  // The new version's anchors decide: a comment whose anchor is there is attached (again, after a
  // restore), one whose anchor is not is orphaned.
  const present = findAnchors(result.doc);
  const lost = comments.filter((c) => !present.has(c.anchorId!) && !c.orphanedAt).map((c) => c.id);
  const back = comments.filter((c) => present.has(c.anchorId!) && c.orphanedAt).map((c) => c.id);
  // Bookkeeping, not an edit of the comment: version and updatedAt stay, so an officer's open
  // outcome form does not conflict.
  for (const c of comments.filter((x) => lost.includes(x.id) || back.includes(x.id))) {
    const row = await tx.declarationComment.findUnique({ where: { id: c.id }, select: { updatedAt: true } });
    await tx.declarationComment.update({ where: { id: c.id }, data: { orphanedAt: lost.includes(c.id) ? now : null, updatedAt: row!.updatedAt } });
  }
  return { doc: result.doc, orphaned: result.orphaned, reapplied: result.reapplied };
}
