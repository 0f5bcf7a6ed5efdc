import type { SheetLimits } from "../archive/xlsx-sheet";
import { MAX_SHEET_ROWS } from "./table";

/**
 * What reading one uploaded sheet may cost, whatever the file claims. The largest honest file is
 * an export of 2,000 rows with long notes (a few MB of XML); these leave room for that several
 * times over and still keep the reading worker far below its memory limit
 * (lib/kernel/uploads/run-upload-task.ts). Exceeding one refuses the file as "too big".
 */
export const SHEET_LIMITS: SheetLimits = {
  entries: 500,
  inflatedBytes: 16 * 1024 * 1024,
  // Each cell is two or three elements (c, v, is/t); parsing costs about a microsecond per element.
  elements: 750_000,
  // The header, MAX_SHEET_ROWS rows and one more, so that "too many rows" can be told.
  rows: MAX_SHEET_ROWS + 2,
  columns: 100,
  cells: 250_000,
  sharedStrings: 100_000,
  sharedStringChars: 4_000_000,
  cellChars: 32_767,
};

/** A CSV's bounds: its bytes are bounded by the upload limit, its records and cells here. */
export const CSV_LIMITS = {
  cells: SHEET_LIMITS.cells,
  /** One record (one line, or more inside quotes) of at most this many characters. */
  recordChars: 256 * 1024,
};
