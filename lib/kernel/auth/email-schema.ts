import { z } from "zod";

/**
 * An email address as Charta stores it (trimmed, lower case). Kept apart from lib/kernel/auth/schema.ts
 * so forms that only need an email (inviting a member) do not ship the common-password list.
 */
export const ZEmail = z.string().trim().toLowerCase().max(320, "auth.validation.emailInvalid").pipe(z.email("auth.validation.emailInvalid"));
