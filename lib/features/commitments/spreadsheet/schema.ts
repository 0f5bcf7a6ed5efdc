import { z } from "zod";

/** The upload form posts a FormData with one `file`; the file itself is checked by readUpload. */
export const ZSpreadsheetUpload = z.instanceof(FormData);

/** A stored upload, by the id the upload returned. */
export const ZImportRef = z.object({ importId: z.uuid() });
export type TImportRef = z.infer<typeof ZImportRef>;
