import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { encryptionKeys, open, seal, sealedWithOldKey, SecretBoxError } from "./secret-box";

const saved = { ...process.env };
afterEach(() => {
  for (const k of ["CHARTA_ENCRYPTION_KEY", "CHARTA_ENCRYPTION_KEY_PREVIOUS", "NEXTAUTH_SECRET"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const key = () => randomBytes(32).toString("base64");

describe("secret box", () => {
  it("seals with AES-256-GCM: the secret is not in the sealed text, and it opens only for its own context", () => {
    process.env.CHARTA_ENCRYPTION_KEY = key();
    const sealed = seal("client-secret-123", "identity-provider:a:client-secret");
    expect(sealed).toMatch(/^v1\.[0-9a-f]{16}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("client-secret-123");
    expect(seal("client-secret-123", "x")).not.toBe(seal("client-secret-123", "x"));
    expect(open(sealed, "identity-provider:a:client-secret")).toBe("client-secret-123");
    expect(() => open(sealed, "identity-provider:b:client-secret")).toThrow(SecretBoxError);
    const [v, id, iv, ct, tag] = sealed.split(".");
    const flipped = Buffer.from(ct!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => open([v, id, iv, flipped.toString("base64url"), tag].join("."), "identity-provider:a:client-secret")).toThrow(SecretBoxError);
  });

  it("without CHARTA_ENCRYPTION_KEY, a key derived from NEXTAUTH_SECRET (the demo works without a setting)", () => {
    delete process.env.CHARTA_ENCRYPTION_KEY;
    process.env.NEXTAUTH_SECRET = "a-next-auth-secret-of-enough-length-123";
    const sealed = seal("s", "c");
    expect(open(sealed, "c")).toBe("s");
    process.env.NEXTAUTH_SECRET = "another-next-auth-secret-of-enough-length";
    expect(() => open(sealed, "c")).toThrow(/neither CHARTA_ENCRYPTION_KEY nor/);
  });

  it("rotation: the old key in CHARTA_ENCRYPTION_KEY_PREVIOUS still opens, and says it should be sealed again", () => {
    const oldKey = key();
    process.env.CHARTA_ENCRYPTION_KEY = oldKey;
    const sealed = seal("s", "c");
    expect(sealedWithOldKey(sealed)).toBe(false);
    process.env.CHARTA_ENCRYPTION_KEY = key();
    expect(() => open(sealed, "c")).toThrow(SecretBoxError);
    process.env.CHARTA_ENCRYPTION_KEY_PREVIOUS = `${key()}, ${oldKey}`;
    expect(open(sealed, "c")).toBe("s");
    expect(sealedWithOldKey(sealed)).toBe(true);
  });

  it("moving from the derived key to CHARTA_ENCRYPTION_KEY keeps the stored secrets readable", () => {
    delete process.env.CHARTA_ENCRYPTION_KEY;
    process.env.NEXTAUTH_SECRET = "a-next-auth-secret-of-enough-length-123";
    const sealed = seal("s", "c");
    process.env.CHARTA_ENCRYPTION_KEY = key();
    expect(open(sealed, "c")).toBe("s");
    expect(sealedWithOldKey(sealed)).toBe(true);
  });

  it("a key that is not 32 bytes is refused with a message saying how to make one", () => {
    process.env.CHARTA_ENCRYPTION_KEY = "too-short";
    expect(() => encryptionKeys()).toThrow(/32 random bytes.*openssl rand -base64 32/);
  });
});
