import { createHash, randomBytes } from "node:crypto";

/** A single-use link token: the link carries `token`, the database keeps only `hash`. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
/** The first admin of a new city sets a password through a reset link; give them a week. */
export const FIRST_PASSWORD_TTL_MS = INVITATION_TTL_MS;
