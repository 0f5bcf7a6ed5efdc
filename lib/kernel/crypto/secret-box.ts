import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets Charta must store and use again (an identity provider's client secret), sealed with
 * AES-256-GCM. The key is CHARTA_ENCRYPTION_KEY (32 random bytes, base64: `openssl rand -base64
 * 32`); without it, a key derived from NEXTAUTH_SECRET with HKDF-SHA256, so the demo and a first
 * install work with no extra setting (but then changing NEXTAUTH_SECRET makes the stored secrets
 * unreadable — set CHARTA_ENCRYPTION_KEY in production). For a rotation, the old key goes into
 * CHARTA_ENCRYPTION_KEY_PREVIOUS (comma separated) while `npx tsx scripts/reencrypt-secrets.ts`
 * seals everything again with the new one (docs/operations.md).
 *
 * Sealed form: `v1.<key id>.<iv>.<ciphertext>.<tag>` (base64url), the key id being the first 8
 * bytes of the key's SHA-256, so the right key is found and a wrong one is named. `context` is
 * authenticated data (e.g. the row it belongs to): a sealed value copied into another row does not
 * open there.
 */
export class SecretBoxError extends Error {}

interface Key {
  id: string;
  bytes: Buffer;
}

function keyId(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest().subarray(0, 8).toString("hex");
}

function parseKey(raw: string, name: string): Key {
  const text = raw.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
  if (bytes.length !== 32) throw new SecretBoxError(`${name} must be 32 random bytes, base64 encoded (generate one with \`openssl rand -base64 32\`)`);
  return { id: keyId(bytes), bytes };
}

function derivedKey(): Key {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new SecretBoxError("Neither CHARTA_ENCRYPTION_KEY nor NEXTAUTH_SECRET is set: stored secrets cannot be sealed or opened");
  const bytes = Buffer.from(hkdfSync("sha256", secret, "charta", "charta secret-box v1", 32));
  return { id: keyId(bytes), bytes };
}

/** The key that seals, then the keys that may still open. */
export function encryptionKeys(): { current: Key; previous: Key[] } {
  const raw = process.env.CHARTA_ENCRYPTION_KEY;
  const current = raw?.trim() ? parseKey(raw, "CHARTA_ENCRYPTION_KEY") : derivedKey();
  const previous = (process.env.CHARTA_ENCRYPTION_KEY_PREVIOUS ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => parseKey(k, "CHARTA_ENCRYPTION_KEY_PREVIOUS"));
  // Moving from the derived key to CHARTA_ENCRYPTION_KEY: the derived one still opens.
  if (raw?.trim() && process.env.NEXTAUTH_SECRET) previous.push(derivedKey());
  return { current, previous };
}

const b64 = (b: Buffer) => b.toString("base64url");

export function seal(plaintext: string, context: string): string {
  const { current } = encryptionKeys();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.bytes, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", current.id, b64(iv), b64(ciphertext), b64(cipher.getAuthTag())].join(".");
}

export function open(sealed: string, context: string): string {
  const parts = sealed.split(".");
  if (parts.length !== 5 || parts[0] !== "v1") throw new SecretBoxError("not a sealed secret");
  const [, id, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  const { current, previous } = encryptionKeys();
  const key = [current, ...previous].find((k) => k.id === id);
  if (!key) throw new SecretBoxError(`sealed with key ${id}, which is neither CHARTA_ENCRYPTION_KEY nor in CHARTA_ENCRYPTION_KEY_PREVIOUS`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError("the sealed secret does not open (changed, or sealed for another record)");
  }
}

/** Sealed with an older key (re-seal it with the current one). */
export function sealedWithOldKey(sealed: string): boolean {
  return sealed.split(".")[1] !== encryptionKeys().current.id;
}
