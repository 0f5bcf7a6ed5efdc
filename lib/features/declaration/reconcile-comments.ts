import type { CityTx } from "@/lib/kernel/records/audited";
import { reconcileAnchors, type PMDoc } from "./comment-anchors";
import { lockDeclaration } from "./lock-declaration";

/**
 * The save path's hook (saveDeclarationVersion calls it inside its transaction, right before the
 * new version is appended): carries comment anchors made meanwhile into the text being saved.
 * appendVersion then marks the comments whose anchor is not in the new version as orphaned.
 *
 * The declaration row is locked first, so a comment being added at the same moment either
 * committed before (its anchor is in the latest version read here) or waits until the save is
 * done (and then marks the new version).
 *
 * Which anchors the editor's base had: a comment made on an earlier version than the base was in
 * it (the base was saved with its mark); one made on the base version itself may have been added
 * after the editor loaded, so unless the editor says which anchors it loaded (`baseAnchorIds`),
 * it is re-applied where its quote is found, and orphaned only when the quote is gone.
 * No "server-only": the demo seed saves through this path outside Next.
 */
export async function reconcileCommentsOnSave<D extends PMDoc>(
  tx: CityTx,
  input: { declarationId: string; baseNumber: number; incoming: D; baseAnchorIds?: readonly string[] },
): Promise<{ doc: D; orphaned: string[]; reapplied: string[] }> {
  const d = await lockDeclaration(tx, input.declarationId);
  const latest = d.currentVersion
    ? await tx.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: d.id, number: d.currentVersion } } })
    : null;
  if (!latest) return { doc: input.incoming, orphaned: [], reapplied: [] };
  const comments = await tx.declarationComment.findMany({
    where: { declarationId: input.declarationId, anchorId: { not: null } },
    select: { anchorId: true, versionNumber: true, quote: true },
  });
  const base = new Set(input.baseAnchorIds ?? comments.filter((c) => c.versionNumber < input.baseNumber).map((c) => c.anchorId!));
  const quotes = new Map(comments.map((c) => [c.anchorId!, c.quote]));
  return reconcileAnchors({ latest: latest.content as unknown as PMDoc, incoming: input.incoming, baseAnchorIds: base, quotes });
}
