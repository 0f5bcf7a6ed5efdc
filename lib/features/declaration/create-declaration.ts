import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { AppError } from "@/lib/kernel/errors";
import { translate } from "@/lib/features/dictionary";
import { appendVersion } from "./append-version";
import type { TDeclarationCreate } from "./schema";
import { templateDocument } from "./templates";

/**
 * Starts the city's first declaration (blank or from a template) as a draft with version 1.
 * Once one exists, a new text is an amendment of the adopted one (start-amendment.ts).
 */
export async function createDeclaration(scope: CityScope, input: TDeclarationCreate) {
  return auditedTransaction(
    scope.db,
    scope.actor.id,
    async (tx, audit) => {
      if (await tx.declaration.count()) throw new AppError("conflict", "declaration.errors.exists");
      const created = await tx.declaration.create({
        data: { title: input.title, locale: input.locale, createdBy: scope.actor.id, updatedBy: scope.actor.id },
      });
      await tx.declarationTransition.create({
        data: { declarationId: created.id, fromStatus: null, toStatus: "draft", byId: scope.actor.id, details: { template: input.template } },
      });
      await audit({ action: "create", entity: "Declaration", entityId: created.id, after: created });
      // The note is stored in the text's own language, like every note the team writes.
      const note = translate(input.locale, input.template === "blank" ? "declaration.notes.startedBlank" : "declaration.notes.startedFromTemplate");
      const { declaration } = await appendVersion(tx, audit, scope.actor.id, created, templateDocument(input.template, scope.city.name), { changeNote: note });
      return declaration;
    },
    // Two people starting at once: the count above must see the other's row.
    { isolationLevel: "Serializable" },
  );
}
