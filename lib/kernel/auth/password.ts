// No "server-only" marker: the demo seed (a plain Node script) hashes its passwords with this.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/**
 * Argon2id (the package's default algorithm) with its default cost: 19 MiB, 2 passes, 1 lane —
 * the OWASP minimum for argon2id. Passwords are NFKC-normalised so the same characters typed on
 * another keyboard or OS still match.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"));
}

/** False for a wrong password and for a malformed stored hash (never throws on bad data). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spend the same time as a real verification when there is no hash to check (unknown email,
 * account without a password), so response time does not tell which addresses have accounts.
 * Always false.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hash(randomBytes(24).toString("base64url"));
  await verifyPassword(await dummyHash, password);
  return false;
}
