"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { AppError, isAppError, ValidationError } from "@/lib/kernel/errors";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { ACTION_SET } from "@/lib/features/action-plans/data/action-columns";
import { applyPlanImport } from "@/lib/features/action-plans/data/apply-plan-import";
import { importScope } from "@/lib/features/action-plans/data/import-types";
import { requirePlan } from "@/lib/features/action-plans/data/plan-summary";
import { MEASUREMENT_SET } from "@/lib/features/action-plans/data/measurement-columns";
import { ZPlanImportRef, ZPlanUploadFields } from "@/lib/features/action-plans/data/schema";
import { deleteImport, loadImport, saveImport } from "@/lib/features/commitments/spreadsheet/import-store";
import { readUpload, UploadError } from "@/lib/features/commitments/spreadsheet/read-upload";
import { ZSpreadsheetUpload } from "@/lib/features/commitments/spreadsheet/schema";

/** Reads an uploaded measurements or action-updates sheet and keeps its rows for the preview. */
export const uploadPlanDataAction = cityAction({ name: "actionPlans.data.upload", capability: "plan.edit", input: ZSpreadsheetUpload }, async (ctx, form) => {
  const fields = ZPlanUploadFields.safeParse({ planId: form.get("planId"), kind: form.get("kind") });
  if (!fields.success) throw new ValidationError({ file: ["errors.validation"] });
  const { planId, kind } = fields.data;
  await requirePlan(ctx.db, planId);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new UploadError("planData.import.noFile");
  const { format, table } = await readUpload(file.name, new Uint8Array(await file.arrayBuffer()), kind === "measurements" ? MEASUREMENT_SET : ACTION_SET);
  const stored = await saveImport(ctx.db, {
    cityId: ctx.city.id,
    userId: ctx.user.id,
    fileName: file.name.slice(0, 200),
    format,
    scope: importScope(kind, planId),
    table,
  });
  return { importId: stored.id };
});

/** Applies a previewed upload all or nothing; a conflict or a refused row applies nothing. */
export const applyPlanDataImportAction = cityAction(
  { name: "actionPlans.data.apply", capability: "plan.edit", input: ZPlanImportRef },
  async (ctx, { planId, kind, importId }) => {
    const stored = await loadImport(ctx.db, { cityId: ctx.city.id, userId: ctx.user.id, scope: importScope(kind, planId) }, importId);
    if (!stored) throw new AppError("not_found", "planData.apply.gone");
    const t = translator(await requestLocale());
    try {
      const result = await applyPlanImport(kind, cityScope(ctx), planId, stored.table, t("planData.apply.defaultNote"));
      await deleteImport(ctx.db, importId);
      revalidatePath(`/${ctx.city.slug}/workspace`, "layout");
      return { applied: result.created + result.changed };
    } catch (err) {
      // The stored record is not sent along: the preview, checked again, marks the stale rows.
      if (isAppError(err) && err.code === "conflict") throw new AppError("conflict", "planData.apply.conflict");
      throw err;
    }
  },
);

export const discardPlanDataImportAction = cityAction(
  { name: "actionPlans.data.discard", capability: "plan.edit", input: ZPlanImportRef },
  async (ctx, { planId, kind, importId }) => {
    const stored = await loadImport(ctx.db, { cityId: ctx.city.id, userId: ctx.user.id, scope: importScope(kind, planId) }, importId);
    if (stored) await deleteImport(ctx.db, importId);
    return { discarded: !!stored };
  },
);
