import { z } from "zod";
import { fileTypeByExtension, MAX_EVIDENCE_BYTES } from "@/lib/kernel/storage/file-types";

/** Evidence inputs, shared by the forms and the actions. Messages are keys of lib/features/commitments/messages.ts. */

const commitmentId = z.uuid({ error: "commitments.validation.idInvalid" });
const title = z
  .string({ error: "commitments.evidence.validation.titleRequired" })
  .trim()
  .min(1, { error: "commitments.evidence.validation.titleRequired" })
  .max(200, { error: "commitments.evidence.validation.titleTooLong" });

export const ZEvidenceLink = z.object({
  commitmentId,
  title,
  url: z
    .string()
    .trim()
    .min(1, { error: "commitments.evidence.validation.urlRequired" })
    .max(2000, { error: "commitments.evidence.validation.urlTooLong" })
    // Only https: javascript: and data: URLs would run in the page that lists the link, and plain
    // http is refused by the browsers of many city networks anyway.
    .refine((u) => URL.canParse(u) && new URL(u).protocol === "https:", { error: "commitments.evidence.validation.urlHttps" }),
});
export type TEvidenceLink = z.infer<typeof ZEvidenceLink>;

/**
 * A file upload. The browser checks size and extension before sending; the server checks them
 * again and then the file's first bytes (lib/kernel/storage/file-types.ts).
 */
export const ZEvidenceFile = z.object({
  commitmentId,
  title,
  file: z
    .instanceof(File, { error: "commitments.evidence.validation.fileRequired" })
    .refine((f) => f.size > 0, { error: "commitments.evidence.validation.fileEmpty" })
    .refine((f) => f.size <= MAX_EVIDENCE_BYTES, { error: "commitments.evidence.validation.fileTooLarge" })
    .refine((f) => fileTypeByExtension(f.name) !== undefined, { error: "commitments.evidence.validation.fileType" }),
});
export type TEvidenceFile = z.infer<typeof ZEvidenceFile>;

/** The upload action receives FormData (a File cannot travel inside a plain object). */
export const ZEvidenceUpload = z.preprocess(
  (v) =>
    v instanceof FormData ? { commitmentId: v.get("commitmentId") ?? undefined, title: v.get("title") ?? undefined, file: v.get("file") ?? undefined } : v,
  ZEvidenceFile,
);

export const ZEvidenceDelete = z.object({ id: z.uuid({ error: "commitments.validation.idInvalid" }) });
export type TEvidenceDelete = z.infer<typeof ZEvidenceDelete>;
