/**
 * What an attacker (or a mangled link) puts where Charta expects an id: values as Next hands them
 * to a page or route after decoding the URL, and a way to build an input for any Server Action
 * from its zod schema with such a value in every text field.
 */
import type { z } from "zod";

/** For URL segments: what Next can hand a page or route after decoding the path. */
export const GARBAGE_SEGMENTS = [
  "not-a-uuid",
  "00000000-0000-4000-8000-000000000000", // well-formed, but no such record
  "0".repeat(5000), // over-long
  "\u0000", // %00 decoded
  "a\u0000b",
  "%00", // still encoded (sent as %2500)
  "../../etc/passwd",
  "a/b", // %2F decoded
  "a\\b",
  "ü\u202eﬁ𝔘", // unicode with a bidi override
  "-1",
  "0",
  "99999999999",
  "-99999999999",
  "1e400",
  "2024.5",
  "NaN",
  " ",
  "null",
  "__proto__",
];

/**
 * For Server Action inputs, which arrive as JSON or form data: also a lone surrogate ("\ud800" in
 * JSON), which a URL cannot carry (Next answers a path that is not UTF-8 with 400 itself).
 */
export const GARBAGE_TEXT = [...GARBAGE_SEGMENTS, "\ud800", "a\udc00b"];

/** Numbers a zod `number()` without bounds lets through to a column (int4 overflows beyond 2^31). */
export const GARBAGE_NUMBERS = [99999999999, -99999999999, 2 ** 31];

interface Fill {
  text: string;
  number: number;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/**
 * A value the schema's shape accepts, with `fill.text` in every text field and `fill.number` in
 * every number. Refinements may still refuse it — then the action answers with a validation
 * message, which is a fine answer too.
 */
export function sampleInput(schema: z.ZodType, fill: Fill, depth = 0): unknown {
  if (depth > 8) return undefined;
  const def = defOf(schema);
  const next = (s: unknown) => sampleInput(s as z.ZodType, fill, depth + 1);
  switch (def.type) {
    case "string":
    case "any":
    case "unknown":
      return fill.text;
    case "number":
    case "int":
      return fill.number;
    case "bigint":
      return BigInt(fill.number);
    case "boolean":
      return true;
    case "date":
      return new Date();
    case "enum":
      return Object.values(def.entries as Record<string, unknown>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "object":
      return Object.fromEntries(Object.entries(def.shape as Record<string, unknown>).map(([k, v]) => [k, next(v)]));
    case "array":
      return [next(def.element)];
    case "tuple":
      return (def.items as unknown[]).map(next);
    case "record":
      return {};
    case "union":
      return next((def.options as unknown[])[0]);
    case "intersection":
      return { ...(next(def.left) as object), ...(next(def.right) as object) };
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return next(def.innerType);
    case "pipe":
      return next(def.in);
    case "lazy":
      return next((def.getter as () => unknown)());
    case "custom":
    case "file":
      // z.instanceof(File): an upload whose name is the garbage.
      return new File([new Uint8Array([1, 2, 3])], fill.text);
    default:
      return fill.text;
  }
}
