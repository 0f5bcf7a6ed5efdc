import "server-only";
import { checkPasswordAttempt, type PasswordAttemptResult, type PasswordUser } from "./password-attempt";
import { MAX_PASSWORD_LENGTH } from "./password-policy";

export type AuthorizedUser = PasswordUser;
export type CredentialsResult = PasswordAttemptResult;

/**
 * Checks an email + password sign-in. `ip` is the client address as far as it can be trusted
 * (lib/kernel/net/client-address.ts), never a header taken at its word. The throttle is consulted first,
 * so a throttled attempt is refused even with the right password.
 */
export async function authorizeCredentials(input: { email: unknown; password: unknown; ip: string | null }): Promise<CredentialsResult> {
  const email = typeof input.email === "string" ? input.email.trim().toLowerCase() : "";
  const password = typeof input.password === "string" ? input.password : "";
  if (!email || !password || email.length > 320 || password.length > 4 * MAX_PASSWORD_LENGTH) return { ok: false, reason: "invalid" };
  return checkPasswordAttempt({ email, password, address: input.ip });
}
