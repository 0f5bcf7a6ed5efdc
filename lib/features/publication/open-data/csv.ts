/**
 * CSV files of the open data, written like every CSV of Charta (lib/kernel/sheets/write-csv.ts):
 * RFC 4180, UTF-8 with a byte order mark, a header row of the field names even when there are no
 * records, numbers as numbers and text formula-guarded — the data are written by city staff but
 * opened by anyone.
 */
import { writeCsv, type CsvValue } from "@/lib/kernel/sheets/write-csv";
import type { FieldDefinition } from "./datasets";
import type { DatasetRecord, FieldValue } from "./records";

/** Separator of list values (articles, SDGs, groups) inside one cell. */
export const LIST_SEPARATOR = ";";

function cell(value: FieldValue | undefined): CsvValue {
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
}

export function toCsv(fields: FieldDefinition[], records: DatasetRecord[]): string {
  return writeCsv([fields.map((f) => f.name), ...records.map((r) => fields.map((f) => cell(r[f.name])))]);
}
