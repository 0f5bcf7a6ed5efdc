import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { AppError } from "@/lib/kernel/errors";
import { translate } from "@/lib/kernel/i18n/dictionary";
import { appendVersion } from "./append-version";
import type { TDeclarationCreate } from "./schema";
import { templateDocument } from "./templates";

/**
 * Starts the city's first declaration (blank or from a template) as a draft with version 1.
 * Once one exists, a new text is an amendment of the adopted one (start-amendment.ts).
 */
export async function createDeclaration(ctx: { db: CityDb; actorId: string; cityName: string }, input: TDeclarationCreate) {
  return auditedTransaction(
    ctx.db,
    ctx.actorId,
    async (tx, audit) => {
      if (await tx.declaration.count()) throw new AppError("conflict", "declaration.errors.exists");
      const created = await tx.declaration.create({
        data: { title: input.title, locale: input.locale, createdBy: ctx.actorId, updatedBy: ctx.actorId },
      });
      await tx.declarationTransition.create({
        data: { declarationId: created.id, fromStatus: null, toStatus: "draft", byId: ctx.actorId, details: { template: input.template } },
      });
      await audit({ action: "create", entity: "Declaration", entityId: created.id, after: created });
      // The note is stored in the text's own language, like every note the team writes.
      const note = translate(input.locale, input.template === "blank" ? "declaration.notes.startedBlank" : "declaration.notes.startedFromTemplate");
      const { declaration } = await appendVersion(tx, audit, ctx.actorId, created, templateDocument(input.template, ctx.cityName), { changeNote: note });
      return declaration;
    },
    // Two people starting at once: the count above must see the other's row.
    { isolationLevel: "Serializable" },
  );
}
