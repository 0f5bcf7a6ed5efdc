"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { createDeclaration } from "@/lib/features/declaration/create-declaration";
import { restoreDeclarationVersion } from "@/lib/features/declaration/restore-version";
import { saveDeclarationVersion } from "@/lib/features/declaration/save-version";
import { ZDeclarationCreate, ZDeclarationRestore, ZDeclarationSave, ZDeclarationTransition, ZStartAmendment } from "@/lib/features/declaration/schema";
import { startAmendment } from "@/lib/features/declaration/start-amendment";
import { transitionDeclaration } from "@/lib/features/declaration/transition-declaration";
import { explainIncompleteDeclaration, IncompleteDeclarationError } from "@/lib/features/declaration/completeness";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { notifyConsultationOpened } from "@/lib/features/declaration/consultation-notices";
import { ZDocumentFiles } from "@/lib/features/publication/documents/schema";
import { storeDeclarationDocuments } from "@/lib/features/publication/documents/store-declaration-documents";

const refresh = (slug: string) => revalidatePath(`/${slug}/workspace/declaration`, "layout");

/** Starts the city's first declaration, blank or from the NL/EN template. */
export const createDeclarationAction = cityAction(
  { name: "declaration.create", capability: "declaration.edit", input: ZDeclarationCreate },
  async (ctx, input) => {
    const created = await createDeclaration(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return { id: created.id };
  },
);

/** Saves the editor's text as a new version; merges with a version saved meanwhile, or answers "conflict" with its changes. */
export const saveDeclarationAction = cityAction({ name: "declaration.save", capability: "declaration.edit", input: ZDeclarationSave }, async (ctx, input) => {
  const saved = await saveDeclarationVersion(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

export const restoreVersionAction = cityAction(
  { name: "declaration.restore", capability: "declaration.edit", input: ZDeclarationRestore },
  async (ctx, input) => {
    const restored = await restoreDeclarationVersion(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return restored;
  },
);

/**
 * One step through the lifecycle (consultation, proposed, adopted with the council's vote,
 * published, or back to draft). Publishing stores the PDF and Word files of the text; what could
 * not be made is in `files`, and on the page.
 */
export const moveDeclarationAction = cityAction(
  { name: "declaration.transition", capability: "declaration.edit", input: ZDeclarationTransition },
  async (ctx, input) => {
    const moved = await transitionDeclaration(cityScope(ctx), input).catch(async (err: unknown) => {
      if (!(err instanceof IncompleteDeclarationError)) throw err;
      // An incomplete text's refusal lists what is missing, in the reader's language.
      const locale = await requestLocale().catch(() => "en" as const);
      throw explainIncompleteDeclaration(err, translator(locale), locale);
    });
    // Advisory members hear at once that the consultation opened (once; the daily job covers a later opening date).
    if (moved.status === "consultation") await notifyConsultationOpened(ctx.db, ctx.city, moved.id);
    refresh(ctx.city.slug);
    const files = moved.status === "published" ? await storeDeclarationDocuments(cityScope(ctx), { declarationId: moved.id }) : [];
    return { status: moved.status, version: moved.version, files };
  },
);

/** Makes the files of the published declaration that are not stored yet (after the printer was missing, say). */
export const produceDeclarationFilesAction = cityAction(
  { name: "declaration.files", capability: "declaration.edit", input: ZDocumentFiles },
  async (ctx, input) => {
    const files = await storeDeclarationDocuments(cityScope(ctx), { declarationId: input.id, onlyMissing: true });
    refresh(ctx.city.slug);
    return { files };
  },
);

export const startAmendmentAction = cityAction({ name: "declaration.amend", capability: "declaration.edit", input: ZStartAmendment }, async (ctx, input) => {
  const created = await startAmendment(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return { id: created.id };
});
