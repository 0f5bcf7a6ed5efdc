import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { AppError, ConflictError, NotFoundError } from "@/lib/kernel/errors";
import { appendVersion } from "./append-version";
import { diffDocuments, type VersionDiff } from "./diff-versions";
import type { DeclarationDoc } from "./document-schema";
import { textLocale } from "./document-text";
import { isFrozen } from "./policy";
import { mergeDocuments } from "./merge-versions";
import { reconcileCommentsOnSave } from "./reconcile-comments";
import { sanitizeDocument } from "./sanitize-document";
import type { TDeclarationSave } from "./schema";
import { userNames } from "@/lib/kernel/records/people";

export interface SaveResult {
  number: number;
  version: number;
  /** Set when someone saved meanwhile and the two were merged: the editor loads `content`. */
  mergedWith: number | null;
  content: DeclarationDoc;
  title: string;
}

/** What a refused save shows: the version saved meanwhile and what it changed since the editor's base. */
export interface SaveConflict {
  number: number;
  changeNote: string;
  createdAt: Date;
  createdByName: string | null;
  diff: VersionDiff;
}

const frozen = () => new AppError("conflict", "declaration.errors.frozen");

/**
 * Saving makes a new version. The editor says which version it started from: if that is still
 * the current one the text is stored as is; if someone saved meanwhile and the two changed
 * different blocks, both are merged (three-way, merge-versions.ts) and the person is told; if
 * they touched the same blocks, nothing is stored and the other's changes come back as a diff —
 * the person's own text stays in their editor.
 */
export async function saveDeclarationVersion(scope: CityScope, input: TDeclarationSave): Promise<SaveResult> {
  const mine = sanitizeDocument(input.content);
  // A lost race on the declaration row (appendVersion) is retried against the new state.
  for (let attempt = 0; ; attempt++) {
    try {
      return await saveOnce(scope, input, mine);
    } catch (err) {
      const raced = err instanceof ConflictError && err.details?.current === null;
      if (!raced || attempt >= 2) throw err;
    }
  }
}

async function saveOnce(scope: CityScope, input: TDeclarationSave, mine: DeclarationDoc): Promise<SaveResult> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const declaration = await tx.declaration.findUnique({ where: { id: input.declarationId } });
    if (!declaration) throw new NotFoundError();
    if (isFrozen(declaration.status)) throw frozen();
    if (input.baseVersion > declaration.currentVersion) throw new NotFoundError();
    const fields = input.title && input.title !== declaration.title ? { title: input.title } : undefined;

    if (input.baseVersion === declaration.currentVersion) {
      // Comments made on this version after the editor loaded it keep their passage (consultation).
      const { doc } = await reconcileCommentsOnSave(tx, {
        declarationId: declaration.id,
        baseNumber: input.baseVersion,
        incoming: mine,
        baseAnchorIds: input.baseAnchorIds,
      });
      const saved = await appendVersion(tx, audit, scope.actor.id, declaration, doc, { changeNote: input.changeNote, fields });
      return { number: saved.number, version: saved.declaration.version, mergedWith: null, content: doc, title: saved.declaration.title };
    }

    // One after the other: both run on the transaction's single connection.
    const base = await tx.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: declaration.id, number: input.baseVersion } } });
    const theirs = await tx.declarationVersion.findUniqueOrThrow({
      where: { declarationId_number: { declarationId: declaration.id, number: declaration.currentVersion } },
    });
    const theirDoc = sanitizeDocument(theirs.content);
    const baseDoc = base ? sanitizeDocument(base.content) : { type: "doc" as const, content: [] };
    const merged = mergeDocuments(baseDoc, mine, theirDoc);
    if (!merged.ok) {
      const names = await userNames([theirs.createdBy]);
      const current: SaveConflict = {
        number: theirs.number,
        changeNote: theirs.changeNote,
        createdAt: theirs.createdAt,
        createdByName: theirs.createdBy ? (names.get(theirs.createdBy) ?? null) : null,
        diff: diffDocuments(baseDoc, theirDoc, textLocale(declaration.locale)),
      };
      throw new ConflictError(current, "declaration.errors.conflict");
    }
    const { doc: content } = await reconcileCommentsOnSave(tx, {
      declarationId: declaration.id,
      baseNumber: input.baseVersion,
      incoming: sanitizeDocument(merged.doc),
      baseAnchorIds: input.baseAnchorIds,
    });
    const saved = await appendVersion(tx, audit, scope.actor.id, declaration, content, {
      changeNote: input.changeNote,
      mergedBaseNumber: input.baseVersion,
      fields,
    });
    return { number: saved.number, version: saved.declaration.version, mergedWith: theirs.number, content, title: saved.declaration.title };
  });
}
