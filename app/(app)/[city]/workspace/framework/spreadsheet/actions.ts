"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { AppError, isAppError } from "@/lib/kernel/errors";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { applyImport } from "@/lib/features/commitments/spreadsheet/apply-import";
import { deleteImport, loadImport, saveImport } from "@/lib/features/commitments/spreadsheet/import-store";
import { readUpload, UploadError } from "@/lib/features/commitments/spreadsheet/read-upload";
import { ZImportRef, ZSpreadsheetUpload } from "@/lib/features/commitments/spreadsheet/schema";

/** Reads an uploaded spreadsheet and keeps its rows for the preview; nothing is applied yet. */
export const uploadSpreadsheetAction = cityAction(
  { name: "commitments.spreadsheet.upload", capability: "commitment.edit", input: ZSpreadsheetUpload },
  async (ctx, form) => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new UploadError("spreadsheet.import.noFile");
    const { format, table } = await readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    const stored = await saveImport(ctx.db, { cityId: ctx.city.id, userId: ctx.user.id, fileName: file.name.slice(0, 200), format, table });
    return { importId: stored.id };
  },
);

/** Applies a previewed upload all or nothing; a conflict or a refused row applies nothing. */
export const applySpreadsheetImportAction = cityAction(
  { name: "commitments.spreadsheet.apply", capability: "commitment.edit", input: ZImportRef },
  async (ctx, { importId }) => {
    const stored = await loadImport(ctx.db, { cityId: ctx.city.id, userId: ctx.user.id }, importId);
    if (!stored) throw new AppError("not_found", "spreadsheet.apply.gone");
    const t = translator(await requestLocale());
    try {
      const result = await applyImport(cityScope(ctx), stored, { defaultNote: t("spreadsheet.apply.defaultNote") });
      await deleteImport(ctx.db, importId);
      revalidatePath(`/${ctx.city.slug}/workspace`, "layout");
      return result;
    } catch (err) {
      // The conflicting record is not sent along: the preview, checked again, shows what changed.
      if (isAppError(err) && err.code === "conflict") throw new AppError("conflict", "spreadsheet.apply.conflict");
      throw err;
    }
  },
);

export const discardSpreadsheetImportAction = cityAction(
  { name: "commitments.spreadsheet.discard", capability: "commitment.edit", input: ZImportRef },
  async (ctx, { importId }) => {
    const stored = await loadImport(ctx.db, { cityId: ctx.city.id, userId: ctx.user.id }, importId);
    if (stored) await deleteImport(ctx.db, importId);
    return { discarded: !!stored };
  },
);
