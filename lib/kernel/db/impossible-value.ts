/**
 * A query PostgreSQL refused because a value cannot be one of its column's: text that is no UUID
 * for a uuid id, a number beyond int4, NUL in text, a malformed date. Such an id names no record,
 * so the doors (withCity, the action chain, orNotFound for pages) answer as for an unknown id —
 * 404, or a validation message for an action — instead of a 500. The loaders check ids
 * themselves; this is the net under the ones that forget.
 */
const INPUT_VALUE_CODES = new Set([
  "22P02", // invalid_text_representation: 'x' for uuid, int, enum, json
  "22003", // numeric_value_out_of_range
  "22021", // character_not_in_repertoire: NUL in text
  "22P05", // untranslatable_character: "\ud800" in jsonb
  "22007", // invalid_datetime_format
  "22008", // datetime_field_overflow
]);

type DriverError = { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };

export function isImpossibleValue(err: unknown): boolean {
  const code = (err as DriverError | null)?.meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === "string" && INPUT_VALUE_CODES.has(code);
}
