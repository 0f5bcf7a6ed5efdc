import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { AppError, ConflictError, NotFoundError } from "@/lib/kernel/errors";
import { translate } from "@/lib/features/dictionary";
import { appendVersion } from "./append-version";
import { textLocale } from "./document-text";
import { isFrozen } from "./policy";
import { sanitizeDocument } from "./sanitize-document";
import type { TStartAmendment } from "./schema";

/**
 * The adopted text never changes; changing it starts an amendment: a new draft declaration that
 * begins with the adopted text (version 1) and points to the declaration it amends. One text is
 * worked on at a time, so an amendment cannot start while another draft is open.
 */
export async function startAmendment(scope: CityScope, input: TStartAmendment) {
  return auditedTransaction(
    scope.db,
    scope.actor.id,
    async (tx, audit) => {
      const adopted = await tx.declaration.findUnique({ where: { id: input.declarationId } });
      if (!adopted) throw new NotFoundError();
      if (adopted.version !== input.version) throw new ConflictError(adopted);
      if (!isFrozen(adopted.status) || adopted.supersededAt) throw new AppError("conflict", "declaration.errors.notAmendable");
      const open = await tx.declaration.count({ where: { status: { in: ["draft", "consultation", "proposed"] } } });
      if (open) throw new AppError("conflict", "declaration.errors.amendmentExists");
      const text = await tx.declarationVersion.findUniqueOrThrow({
        where: { declarationId_number: { declarationId: adopted.id, number: adopted.currentVersion } },
      });

      const created = await tx.declaration.create({
        data: { title: adopted.title, locale: adopted.locale, amendsId: adopted.id, createdBy: scope.actor.id, updatedBy: scope.actor.id },
      });
      await tx.declarationTransition.create({
        data: {
          declarationId: created.id,
          fromStatus: null,
          toStatus: "draft",
          byId: scope.actor.id,
          details: { amendsId: adopted.id, fromVersion: adopted.currentVersion },
        },
      });
      await audit({ action: "create", entity: "Declaration", entityId: created.id, after: created });
      const note = translate(textLocale(adopted.locale), "declaration.notes.amendmentStarted");
      const { declaration } = await appendVersion(tx, audit, scope.actor.id, created, sanitizeDocument(text.content), { changeNote: note });
      return declaration;
    },
    { isolationLevel: "Serializable" },
  );
}
