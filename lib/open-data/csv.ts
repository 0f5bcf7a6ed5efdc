/**
 * CSV files of the open data: RFC 4180 (comma, CRLF, double quotes doubled, fields with a comma,
 * quote or line break quoted), UTF-8 with a byte order mark so Excel reads accents correctly, a
 * header row of the field names even when there are no records. Text cells that a spreadsheet
 * would run as a formula get a leading apostrophe (lib/spreadsheet/formula-guard.ts): the data
 * are written by city staff but opened by anyone.
 */
import { stringify } from "csv-stringify/sync";
import { guardCell } from "@/lib/spreadsheet/formula-guard";
import type { FieldDefinition } from "./datasets";
import type { DatasetRecord, FieldValue } from "./records";

/** Separator of list values (articles, SDGs, groups) inside one cell. */
export const LIST_SEPARATOR = ";";

function cell(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return guardCell(value.join(LIST_SEPARATOR));
  if (typeof value === "number") return String(value);
  return guardCell(value);
}

export function toCsv(fields: FieldDefinition[], records: DatasetRecord[]): string {
  const rows = [fields.map((f) => f.name), ...records.map((r) => fields.map((f) => cell(r[f.name])))];
  return stringify(rows, {
    bom: true,
    delimiter: ",",
    record_delimiter: "windows",
    // csv-stringify quotes a bare LF or CR only when it is the record delimiter; RFC 4180 wants
    // every field with a line break quoted.
    quoted_match: /[\r\n]/,
  });
}
