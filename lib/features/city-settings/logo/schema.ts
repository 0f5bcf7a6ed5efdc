import { z } from "zod";
import { MAX_LOGO_BYTES } from "./image-header";

/**
 * Logo inputs, shared by the upload form and the actions. Messages are keys of
 * lib/features/city-settings/messages.ts. The browser checks presence and size first; the server checks
 * them again and then the bytes themselves (./image-header.ts).
 */

export const ZLogoFile = z.object({
  file: z
    .instanceof(File, { error: "settings.logo.validation.fileRequired" })
    .refine((f) => f.size > 0, { error: "settings.logo.validation.empty" })
    .refine((f) => f.size <= MAX_LOGO_BYTES, { error: "settings.logo.validation.tooLarge" }),
});
export type TLogoFile = z.infer<typeof ZLogoFile>;

const fromForm = (v: unknown) => (v instanceof FormData ? { file: v.get("file") ?? undefined, citySlug: v.get("citySlug") ?? undefined } : v);

/** The upload action receives FormData (a File cannot travel inside a plain object). */
export const ZLogoUpload = z.preprocess(fromForm, ZLogoFile);

/** The SHA-256 of the logo the person saw: removing asks for exactly that one. */
export const ZLogoRemove = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "settings.logo.validation.stale" }),
});
export type TLogoRemove = z.infer<typeof ZLogoRemove>;

/** The platform admin's actions are told the city by its slug. */
const citySlug = z.string().min(1).max(60);
export const ZPlatformLogoUpload = z.preprocess(fromForm, ZLogoFile.extend({ citySlug }));
export const ZPlatformLogoRemove = ZLogoRemove.extend({ citySlug });
