import { AppError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/dictionary";
import { COMMITMENT_COLUMNS, MAX_IMPORT_BYTES, type Column, type ColumnSet, type RawTable } from "./columns";
import { readCsv } from "./csv";
import { toRawTable } from "./read-table";
import { readXlsx } from "./xlsx";
import { isZip, zipLooksSafe } from "./zip-guard";

/** A file the import cannot use at all: the message says what to do. */
export class UploadError extends AppError {
  constructor(key: MessageKey, vars?: Record<string, string | number>) {
    super("validation", key, { fieldErrors: { file: [key] } }, vars);
  }
}

/**
 * Reads an uploaded spreadsheet into rows of text. The format is taken from the content (an XLSX
 * is a ZIP archive), not from the name or the browser's MIME type, which are the client's word.
 */
export async function readUpload<C extends string = Column>(
  name: string,
  bytes: Uint8Array,
  set: ColumnSet<C> = COMMITMENT_COLUMNS as unknown as ColumnSet<C>,
): Promise<{ format: "csv" | "xlsx"; table: RawTable<C> }> {
  if (bytes.byteLength === 0) throw new UploadError("spreadsheet.file.empty");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new UploadError("spreadsheet.file.tooLarge");
  const lower = name.toLowerCase();
  const zip = isZip(bytes);
  if (!zip && !lower.endsWith(".csv") && !lower.endsWith(".txt")) throw new UploadError("spreadsheet.file.wrongType");
  if (zip && !zipLooksSafe(bytes)) throw new UploadError("spreadsheet.file.unreadable");

  let matrix: string[][];
  try {
    matrix = zip ? await readXlsx(bytes) : readCsv(bytes);
  } catch {
    throw new UploadError("spreadsheet.file.unreadable");
  }
  const result = toRawTable(matrix, set);
  if (!result.ok) {
    const p = result.problem;
    if (p.code === "missingColumns") throw new UploadError("spreadsheet.file.missingColumns", { columns: p.columns });
    if (p.code === "tooManyRows") throw new UploadError("spreadsheet.file.tooManyRows", { max: p.max });
    throw new UploadError(p.code === "empty" ? "spreadsheet.file.empty" : "spreadsheet.file.noRows");
  }
  return { format: zip ? "xlsx" : "csv", table: result.table };
}
