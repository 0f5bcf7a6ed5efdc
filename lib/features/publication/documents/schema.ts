import { z } from "zod";

/** "Make the missing files" of one published report or declaration. */
export const ZDocumentFiles = z.object({ id: z.uuid({ error: "errors.notFound" }) });
export type TDocumentFiles = z.infer<typeof ZDocumentFiles>;
