import { stringify } from "csv-stringify/sync";
import { csvCell } from "./formula-guard";

export type CsvValue = string | number | null | undefined;

/**
 * Every CSV file Charta writes (spreadsheet exports, open data, the consultation summary):
 * RFC 4180 — comma-separated, CRLF between records, fields with a comma, quote or line break
 * quoted and quotes doubled — in UTF-8 with a byte order mark so Excel reads accents correctly.
 * Numbers are written as numbers, text through the formula guard (./formula-guard.ts).
 */
export function writeCsv(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvCell)),
    // csv-stringify quotes a bare LF or CR only when it is the record delimiter; RFC 4180 wants
    // every field with a line break quoted.
    { bom: true, delimiter: ",", record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}
