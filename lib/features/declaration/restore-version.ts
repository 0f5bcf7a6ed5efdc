import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { AppError, ConflictError, NotFoundError } from "@/lib/kernel/errors";
import { translate } from "@/lib/features/dictionary";
import { appendVersion } from "./append-version";
import { reconcileAnchors, type PMDoc } from "./comment-anchors";
import { textLocale } from "./document-text";
import { lockDeclaration } from "./lock-declaration";
import { isFrozen } from "./policy";
import { sanitizeDocument } from "./sanitize-document";
import type { TDeclarationRestore } from "./schema";

/** A comment a restore would take off its passage, as the person is shown it before confirming. */
export interface RestoreOrphan {
  anchorId: string;
  quote: string;
  articleLabel: string;
  comments: number;
}

/**
 * Brings back an earlier text as a new version: history only grows. Refused if someone saved
 * since the page was loaded, so nobody restores over a version they have not seen.
 *
 * Comments made after the restored version keep their place wherever their passage is in it word
 * for word (the same quote search the save path uses for comments made while an editor was open).
 * A restore that would still take comments off their passage is refused with the list of those
 * passages (ConflictError, `current.orphans`) until the person confirms exactly that list.
 */
export async function restoreDeclarationVersion(scope: CityScope, input: TDeclarationRestore) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    // Locked: a comment added meanwhile is either in `latest` below or waits for the restore.
    const declaration = await lockDeclaration(tx, input.declarationId);
    if (isFrozen(declaration.status)) throw new AppError("conflict", "declaration.errors.frozen");
    if (declaration.currentVersion !== input.baseVersion) throw new ConflictError({ number: declaration.currentVersion }, "declaration.errors.restoreConflict");
    const old = await tx.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: declaration.id, number: input.number } } });
    if (!old || input.number === declaration.currentVersion) throw new NotFoundError();
    const latest = await tx.declarationVersion.findUnique({
      where: { declarationId_number: { declarationId: declaration.id, number: declaration.currentVersion } },
    });
    const comments = await tx.declarationComment.findMany({
      where: { declarationId: declaration.id, anchorId: { not: null }, deletedAt: null },
      select: { anchorId: true, quote: true, articleLabel: true },
    });
    const restored = sanitizeDocument(old.content);
    const { doc, orphaned } = latest
      ? reconcileAnchors({
          latest: latest.content as unknown as PMDoc,
          incoming: restored as unknown as PMDoc,
          // None of the current anchors counts as deliberately removed: each is looked for by its quote.
          baseAnchorIds: new Set(),
          quotes: new Map(comments.map((c) => [c.anchorId!, c.quote])),
        })
      : { doc: restored as unknown as PMDoc, orphaned: [] as string[] };

    const accepted = new Set(input.orphansAccepted);
    const orphans = restoreOrphans(orphaned, comments);
    if (orphans.some((o) => !accepted.has(o.anchorId))) throw new ConflictError({ orphans }, "declaration.errors.restoreOrphans");

    const note = translate(textLocale(declaration.locale), "declaration.notes.restored", { number: input.number });
    const saved = await appendVersion(tx, audit, scope.actor.id, declaration, doc as unknown as typeof restored, {
      changeNote: note,
      restoredFromNumber: input.number,
    });
    return { number: saved.number, version: saved.declaration.version };
  });
}

/** The passages (with their comments) among the anchors a restore would drop; anchors without a live comment do not count. */
function restoreOrphans(orphaned: readonly string[], comments: readonly { anchorId: string | null; quote: string; articleLabel: string }[]): RestoreOrphan[] {
  return orphaned
    .map((anchorId) => {
      const on = comments.filter((c) => c.anchorId === anchorId);
      return { anchorId, quote: on[0]?.quote ?? "", articleLabel: on[0]?.articleLabel ?? "", comments: on.length };
    })
    .filter((o) => o.comments > 0);
}
