import { parse } from "csv-parse/sync";
import { ReadRefusal, StopReading } from "../archive/refusal";

/**
 * Reading an uploaded CSV. Dutch Excel saves CSV with semicolons (its list separator) and often in
 * Windows-1252, so either separator is accepted and Windows-1252 is the fallback when the file is
 * not valid UTF-8.
 */
function decode(buf: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder("windows-1252").decode(buf);
  }
}

/** The separator of the header line (outside quotes): the most frequent of , ; and tab. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]! += 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * Every record as text cells, row i of the result being spreadsheet row i + 1. Throws on broken
 * quoting. Reading stops after `limits.rows` non-empty records (enough to tell "too many rows");
 * more than `limits.cells` cells or a record longer than `limits.recordChars` refuses the file.
 */
export function readCsv(buf: Uint8Array, limits: { rows: number; cells: number; recordChars: number }): string[][] {
  const text = decode(buf).replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let cells = 0;
  let kept = 0;
  try {
    parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: limits.recordChars,
      on_record: (record: string[]) => {
        cells += record.length;
        if (cells > limits.cells) throw new ReadRefusal("tooBig", `more than ${limits.cells} cells`);
        records.push(record);
        if (record.some((c) => c.trim() !== "") && ++kept >= limits.rows) throw new StopReading();
        return null;
      },
    });
  } catch (err) {
    if (err instanceof StopReading) return records;
    if ((err as { code?: string }).code === "CSV_MAX_RECORD_SIZE") throw new ReadRefusal("tooBig", `a record over ${limits.recordChars} characters`);
    throw err;
  }
  return records;
}
