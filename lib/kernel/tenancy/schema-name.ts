/**
 * City slugs and the PostgreSQL schema names derived from them. The schema name is the only
 * identifier ever put into SQL text, so it is derived deterministically, checked against an
 * allowlist pattern and always quoted.
 */

export const SLUG_PATTERN = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,38}[a-z0-9]$/;
export const SCHEMA_PATTERN = /^city_[a-z0-9_]{1,40}$/;
export const CONTROL_SCHEMA = "control";

/**
 * Slugs that would shadow a route of the app or read as something other than a city.
 * SQL keywords are refused too: harmless after quoting, but confusing in logs and dumps.
 */
const RESERVED = new Set([
  // routes and files of the app
  "admin",
  "api",
  "login",
  "logout",
  "signin",
  "signout",
  "account",
  "invite",
  "invitations",
  "reset",
  "forgot",
  "password",
  "auth",
  "static",
  "public",
  "assets",
  "images",
  "favicon",
  "robots",
  "sitemap",
  "health",
  "workspace",
  "settings",
  "new",
  "help",
  "about",
  "docs",
  "suspended",
  "reset-password",
  "forgot-password",
  "accessibility",
  "feed",
  "data",
  "search",
  "en",
  "nl",
  "de",
  "fr",
  "_next",
  "www",
  "mail",
  "charta",
  "platform",
  "system",
  "test",
  // PostgreSQL names and keywords that could be mistaken for schema names or SQL
  "control",
  "pg_catalog",
  "information_schema",
  "postgres",
  "select",
  "insert",
  "update",
  "delete",
  "drop",
  "create",
  "alter",
  "table",
  "schema",
  "user",
  "users",
  "grant",
  "revoke",
  "null",
  "true",
  "false",
  "default",
  "all",
  "and",
  "or",
  "not",
  "from",
  "where",
  "union",
  "order",
  "group",
  "limit",
  "having",
  "join",
  "into",
  "values",
  "with",
  "as",
  "is",
  "in",
  "case",
  "when",
  "then",
  "else",
  "end",
  "primary",
  "foreign",
  "references",
  "check",
  "constraint",
  "unique",
  "index",
  "view",
  "trigger",
  "function",
  "role",
  "database",
]);

export type SlugProblem = "empty" | "too_long" | "too_short" | "charset" | "reserved";

const SLUG_MESSAGES: Record<SlugProblem, string> = {
  empty: "A city slug is required.",
  too_short: "A city slug needs at least 3 characters.",
  too_long: "A city slug can have at most 40 characters.",
  charset: "A city slug may contain only lowercase letters a–z, digits and single hyphens, must start with a letter and end with a letter or digit.",
  reserved: "This slug is reserved by Charta; choose another one.",
};

export function checkSlug(slug: string): { ok: true } | { ok: false; problem: SlugProblem; message: string } {
  const fail = (problem: SlugProblem) => ({ ok: false as const, problem, message: SLUG_MESSAGES[problem] });
  if (!slug) return fail("empty");
  if (slug.length > 40) return fail("too_long");
  if (slug.length < 3) return fail("too_short");
  if (!SLUG_PATTERN.test(slug)) return fail("charset");
  if (RESERVED.has(slug) || slug.startsWith("pg")) return fail("reserved");
  return { ok: true };
}

export class InvalidSlugError extends Error {
  constructor(
    readonly slug: string,
    readonly problem: SlugProblem,
    message: string,
  ) {
    super(message);
    this.name = "InvalidSlugError";
  }
}

export function assertSlug(slug: string): void {
  const result = checkSlug(slug);
  if (!result.ok) throw new InvalidSlugError(slug, result.problem, result.message);
}

/** `amsterdam-zuid` → `city_amsterdam_zuid`. Injective because slugs never contain "_". */
export function schemaNameForSlug(slug: string): string {
  assertSlug(slug);
  const name = "city_" + slug.replaceAll("-", "_");
  assertSchemaName(name);
  return name;
}

export function assertSchemaName(name: string): void {
  if (name !== CONTROL_SCHEMA && !SCHEMA_PATTERN.test(name)) {
    throw new Error(`Refusing schema name outside the allowlist: ${JSON.stringify(name)}`);
  }
}

/** Quote a (validated) schema name as an SQL identifier. */
export function quoteSchema(name: string): string {
  assertSchemaName(name);
  return `"${name}"`;
}
