/**
 * Text PostgreSQL cannot store: NUL (a text column refuses it, error 22021) and half of a UTF-16
 * surrogate pair ("\ud800" arrives fine in JSON; a jsonb column refuses it and a text column would
 * keep a replacement character instead). No keyboard types either, so the action chain refuses
 * them with a message rather than failing inside the database.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The path ("a.b.0", "" for the input itself) of the first such text in an input, or null. */
export function unstorableTextAt(value: unknown, path = ""): string | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path : null;
  const join = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const at = unstorableTextAt(value[i], join(i));
      if (at !== null) return at;
    }
  } else if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      const at = unstorableTextAt(v, join(k));
      if (at !== null) return at;
    }
  }
  return null;
}
