/**
 * The password rules, without the hashing (so forms can run them in the browser too).
 * Length beats composition rules (NIST SP 800-63B): at least 12 characters, no character classes
 * demanded, but the passwords attackers try first are refused.
 */
import type { MessageKey } from "@/lib/kernel/i18n/dictionary";
import { COMMON_PASSWORDS, WEAK_BASE_WORDS } from "./common-passwords";

export const MIN_PASSWORD_LENGTH = 12;
/** Far above any real password; keeps hashing requests of megabytes out. */
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_email";

export const PASSWORD_PROBLEM_MESSAGE: Record<PasswordProblem, MessageKey> = {
  too_short: "auth.validation.passwordTooShort",
  too_long: "auth.validation.passwordTooLong",
  common: "auth.validation.passwordCommon",
  contains_email: "auth.validation.passwordContainsEmail",
};

const COMMON = new Set(COMMON_PASSWORDS);
const BASE_WORDS = new Set(WEAK_BASE_WORDS);

// Keyboard rows and counting: a password that is one stretch of these is a walk, not a secret.
const SEQUENCES = [
  "abcdefghijklmnopqrstuvwxyz",
  "01234567890",
  "qwertyuiopasdfghjklzxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
  "qwertzuiopasdfghjklyxcvbnm",
  "1234567890qwertyuiopasdfghjklzxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
];

const LEET: Record<string, string> = { "@": "a", "4": "a", "0": "o", "3": "e", $: "s", "5": "s", "1": "i", "!": "i", "7": "t", "|": "i" };
const SYMBOL_LEET: Record<string, string> = { "@": "a", $: "s" };

function mapChars(s: string, map: Record<string, string>): string {
  return Array.from(s, (c) => map[c] ?? c).join("");
}

/** Length in characters as a person counts them (an emoji is one), after the same normalisation as hashing. */
export function passwordLength(password: string): number {
  return Array.from(password.normalize("NFKC")).length;
}

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  for (const candidate of [lower, mapChars(lower, SYMBOL_LEET), mapChars(lower, LEET)]) {
    if (COMMON.has(candidate)) return true;
  }
  // "Welkom2025!", "P@ssw0rd!!1234": one weak word wrapped in digits and symbols.
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core && (BASE_WORDS.has(core) || BASE_WORDS.has(mapChars(core, LEET)))) return true;
  // "abababababab", "121212121212": too few different characters to be guessed slowly.
  if (new Set(lower).size < 5) return true;
  for (const seq of SEQUENCES) {
    const forward = seq + seq + seq;
    const backward = Array.from(forward).reverse().join("");
    if (forward.includes(lower) || backward.includes(lower)) return true;
  }
  return false;
}

/** Every rule the password breaks (empty when it is acceptable). `email`: the account's address. */
export function passwordProblems(password: string, opts: { email?: string | null } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) problems.push("too_short");
  if (length > MAX_PASSWORD_LENGTH) problems.push("too_long");
  if (length >= MIN_PASSWORD_LENGTH && isCommonPassword(password)) problems.push("common");
  if (opts.email && containsEmail(password, opts.email)) problems.push("contains_email");
  return problems;
}

function containsEmail(password: string, email: string): boolean {
  const pw = password.normalize("NFKC").toLowerCase();
  const address = email.trim().toLowerCase();
  if (!address) return false;
  if (pw === address || pw.includes(address)) return true;
  const local = address.split("@")[0] ?? "";
  // A very short local part ("jo@…") would forbid half the dictionary; from 4 characters it identifies the person.
  return local.length >= 4 && pw.includes(local);
}
