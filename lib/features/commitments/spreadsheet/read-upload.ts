import "server-only";
import { isReadRefusal, type RefusalReason } from "@/lib/kernel/archive/refusal";
import { isZip } from "@/lib/kernel/archive/zip-directory";
import { AppError } from "@/lib/kernel/errors";
import type { MessageKey } from "@/lib/features/dictionary";
import { runUploadTask } from "@/lib/kernel/uploads/run-upload-task";
import { COMMITMENT_COLUMNS, MAX_IMPORT_BYTES, type Column, type ColumnSet, type RawTable } from "./columns";
import type { SheetFileResult } from "@/lib/kernel/sheets/read-sheet-file";

/** A file the import cannot use at all: the message says what to do. */
export class UploadError extends AppError {
  constructor(key: MessageKey, vars?: Record<string, string | number>) {
    super("validation", key, { fieldErrors: { file: [key] } }, vars);
  }
}

const REFUSAL_KEYS: Record<RefusalReason, MessageKey> = {
  tooBig: "spreadsheet.file.tooBig",
  timeout: "spreadsheet.file.tooBig",
  unreadable: "spreadsheet.file.unreadable",
  busy: "spreadsheet.file.busy",
};

/**
 * Reads an uploaded spreadsheet into rows of text. The format is taken from the content (an XLSX
 * is a ZIP archive), not from the name or the browser's MIME type, which are the client's word.
 * The reading itself happens in the upload worker (lib/kernel/uploads/run-upload-task.ts), within the
 * limits of lib/kernel/sheets/read-limits.ts.
 */
export async function readUpload<C extends string = Column>(
  name: string,
  bytes: Uint8Array,
  set: ColumnSet<C> = COMMITMENT_COLUMNS as unknown as ColumnSet<C>,
): Promise<{ format: "csv" | "xlsx"; table: RawTable<C> }> {
  if (bytes.byteLength === 0) throw new UploadError("spreadsheet.file.empty");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new UploadError("spreadsheet.file.tooLarge");
  const lower = name.toLowerCase();
  if (!isZip(bytes) && !lower.endsWith(".csv") && !lower.endsWith(".txt")) throw new UploadError("spreadsheet.file.wrongType");

  let read: SheetFileResult;
  try {
    read = await runUploadTask("spreadsheet", { bytes, set: { columns: [...set.columns], required: [...set.required], sheet: set.sheet } });
  } catch (err) {
    if (isReadRefusal(err)) throw new UploadError(REFUSAL_KEYS[err.reason]);
    throw err;
  }
  if (!read.ok) {
    const p = read.problem;
    if (p.code === "missingColumns") throw new UploadError("spreadsheet.file.missingColumns", { columns: p.columns });
    if (p.code === "tooManyRows") throw new UploadError("spreadsheet.file.tooManyRows", { max: p.max });
    throw new UploadError(p.code === "empty" ? "spreadsheet.file.empty" : "spreadsheet.file.noRows");
  }
  return { format: read.format, table: read.table as RawTable<C> };
}
