import { z } from "zod";
import { PLAN_IMPORT_KINDS } from "./import-types";

/** The upload form posts FormData: `file`, `planId` and `kind` (checked in the action). */
export const ZPlanUploadFields = z.object({
  planId: z.uuid({ error: "errors.notFound" }),
  kind: z.enum(PLAN_IMPORT_KINDS, { error: "errors.validation" }),
});

/** A stored upload of one plan and kind, by the id the upload returned. */
export const ZPlanImportRef = ZPlanUploadFields.extend({ importId: z.uuid() });
export type TPlanImportRef = z.infer<typeof ZPlanImportRef>;
