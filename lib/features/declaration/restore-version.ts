import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { AppError, ConflictError, NotFoundError } from "@/lib/kernel/errors";
import { translate } from "@/lib/features/dictionary";
import { appendVersion } from "./append-version";
import { textLocale } from "./document-text";
import { isFrozen } from "./policy";
import { sanitizeDocument } from "./sanitize-document";
import type { TDeclarationRestore } from "./schema";

/**
 * Brings back an earlier text as a new version: history only grows. Refused if someone saved
 * since the page was loaded, so nobody restores over a version they have not seen.
 */
export async function restoreDeclarationVersion(scope: CityScope, input: TDeclarationRestore) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const declaration = await tx.declaration.findUnique({ where: { id: input.declarationId } });
    if (!declaration) throw new NotFoundError();
    if (isFrozen(declaration.status)) throw new AppError("conflict", "declaration.errors.frozen");
    if (declaration.currentVersion !== input.baseVersion) throw new ConflictError({ number: declaration.currentVersion }, "declaration.errors.restoreConflict");
    const old = await tx.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: declaration.id, number: input.number } } });
    if (!old || input.number === declaration.currentVersion) throw new NotFoundError();
    const note = translate(textLocale(declaration.locale), "declaration.notes.restored", { number: input.number });
    const saved = await appendVersion(tx, audit, scope.actor.id, declaration, sanitizeDocument(old.content), {
      changeNote: note,
      restoredFromNumber: input.number,
    });
    return { number: saved.number, version: saved.declaration.version };
  });
}
