import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { hashPassword, verifyDummyPassword, verifyPassword } from "./password";
import { isCommonPassword, MIN_PASSWORD_LENGTH, passwordProblems } from "./password-policy";

describe("password policy", () => {
  it("requires at least 12 characters, counted as a person counts them", () => {
    expect(passwordProblems("short-pw-11")).toEqual(["too_short"]);
    expect(passwordProblems("kite river moss")).toEqual([]);
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(passwordProblems("🦊🐻🐼🐨🐯🦁🐮🐷🐸🐵🐔")).toContain("too_short");
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });

  it("refuses very long passwords", () => {
    expect(passwordProblems("a-b-c-d-e-f-".repeat(30))).toContain("too_long");
  });

  it("ships several hundred common passwords, all of at least 12 characters", () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(500);
    expect(COMMON_PASSWORDS.every((p) => p.length >= 12 && p === p.toLowerCase())).toBe(true);
  });

  it.each([
    "password1234",
    "Password1234",
    "qwertyuiop12",
    "123456789012",
    "iloveyou1234",
    "P@ssw0rd1234",
    "Welkom2025!!",
    "Wachtwoord123",
    "Gemeente2024!",
    "!!Password!!2024",
    "aaaaaaaaaaaaaaa",
    "abababababab",
    "121212121212",
    "abcdefghijklmn",
    "nmlkjihgfedcba",
    "asdfghjklzxcv",
    "1qaz2wsx3edc4rfv",
  ])("refuses the common or trivially guessable %s", (pw) => {
    expect(isCommonPassword(pw)).toBe(true);
    expect(passwordProblems(pw)).toContain("common");
  });

  it.each(["kite river moss", "Tr0mbone-Lantern", "zeven blauwe fietsen", "correct-horse-7-battery"])("accepts %s", (pw) => {
    expect(passwordProblems(pw)).toEqual([]);
  });

  it("refuses a password that is or contains the email address or its local part", () => {
    const email = "Jan.Jansen@utrecht.nl";
    expect(passwordProblems("jan.jansen@utrecht.nl", { email })).toContain("contains_email");
    expect(passwordProblems("my jan.jansen secret", { email })).toContain("contains_email");
    expect(passwordProblems("kite river moss", { email })).toEqual([]);
    // A local part of three letters or fewer is too common a string to forbid.
    expect(passwordProblems("kite river moss", { email: "kit@x.nl" })).toEqual([]);
  });
});

describe("password hashing", () => {
  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("kite river moss");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "kite river moss")).toBe(true);
    expect(await verifyPassword(hash, "kite river mosS")).toBe(false);
  });

  it("normalises Unicode, so the same characters typed differently match", async () => {
    const composed = "café au lait 12"; // é as one code point
    const decomposed = "cafe\u0301 au lait 12"; // e + combining accent
    const hash = await hashPassword(composed);
    expect(await verifyPassword(hash, decomposed)).toBe(true);
  });

  it("treats a malformed stored hash as a mismatch instead of throwing", async () => {
    expect(await verifyPassword("not-a-hash", "whatever password")).toBe(false);
  });

  it("the dummy verification always fails", async () => {
    expect(await verifyDummyPassword("kite river moss")).toBe(false);
  });
});
