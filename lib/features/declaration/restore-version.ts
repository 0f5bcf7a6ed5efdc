import "server-only";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { AppError, ConflictError, NotFoundError } from "@/lib/kernel/errors";
import { translate } from "@/lib/kernel/i18n/dictionary";
import { appendVersion } from "./append-version";
import { textLocale } from "./document-text";
import { isFrozen } from "./policy";
import { sanitizeDocument } from "./sanitize-document";
import type { TDeclarationRestore } from "./schema";

/**
 * Brings back an earlier text as a new version: history only grows. Refused if someone saved
 * since the page was loaded, so nobody restores over a version they have not seen.
 */
export async function restoreDeclarationVersion(ctx: { db: CityDb; actorId: string }, input: TDeclarationRestore) {
  return auditedTransaction(ctx.db, ctx.actorId, async (tx, audit) => {
    const declaration = await tx.declaration.findUnique({ where: { id: input.declarationId } });
    if (!declaration) throw new NotFoundError();
    if (isFrozen(declaration.status)) throw new AppError("conflict", "declaration.errors.frozen");
    if (declaration.currentVersion !== input.baseVersion) throw new ConflictError({ number: declaration.currentVersion }, "declaration.errors.restoreConflict");
    const old = await tx.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: declaration.id, number: input.number } } });
    if (!old || input.number === declaration.currentVersion) throw new NotFoundError();
    const note = translate(textLocale(declaration.locale), "declaration.notes.restored", { number: input.number });
    const saved = await appendVersion(tx, audit, ctx.actorId, declaration, sanitizeDocument(old.content), {
      changeNote: note,
      restoredFromNumber: input.number,
    });
    return { number: saved.number, version: saved.declaration.version };
  });
}
