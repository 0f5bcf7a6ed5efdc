/**
 * Inputs of the identity-provider settings (city settings → sign-in, and /admin), shared by the
 * form (zodResolver) and the actions. Messages are keys of lib/kernel/i18n/messages/identity.ts.
 */
import { z } from "zod";

/** https, or http to this machine only (a provider started beside Charta for a trial or a test). */
export function acceptableIssuer(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.search || url.hash || url.username || url.password) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

const ZDisplayName = z.string().trim().min(2, { error: "identity.validation.nameTooShort" }).max(80, { error: "identity.validation.nameTooLong" });

const ZIssuer = z
  .string()
  .trim()
  .min(1, { error: "identity.validation.issuerRequired" })
  .max(500, { error: "identity.validation.issuerInvalid" })
  .refine(acceptableIssuer, { error: "identity.validation.issuerInvalid" });

const ZClientId = z.string().trim().min(1, { error: "identity.validation.clientIdRequired" }).max(255, { error: "identity.validation.clientIdTooLong" });

const ZClientSecret = z.string().trim().max(1000, { error: "identity.validation.secretTooLong" });

export const ZIdentityProviderCreate = z.object({
  displayName: ZDisplayName,
  issuer: ZIssuer,
  clientId: ZClientId,
  clientSecret: ZClientSecret.min(1, { error: "identity.validation.secretRequired" }),
  enabled: z.boolean(),
});
export type TIdentityProviderCreate = z.infer<typeof ZIdentityProviderCreate>;

/** An empty secret keeps the stored one: the form never receives it back. */
export const ZIdentityProviderUpdate = z.object({
  id: z.uuid({ error: "errors.notFound" }),
  version: z.number().int().positive(),
  displayName: ZDisplayName,
  issuer: ZIssuer,
  clientId: ZClientId,
  clientSecret: ZClientSecret,
  enabled: z.boolean(),
});
export type TIdentityProviderUpdate = z.infer<typeof ZIdentityProviderUpdate>;

export const ZIdentityProviderDelete = z.object({ id: z.uuid({ error: "errors.notFound" }), version: z.number().int().positive() });
export type TIdentityProviderDelete = z.infer<typeof ZIdentityProviderDelete>;

/** Platform admin variants: the city is named by its slug. */
export const ZCitySlug = z.object({ citySlug: z.string().min(1).max(60) });
