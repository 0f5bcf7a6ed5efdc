import { InflateBudget } from "./inflate-entry";
import { ReadRefusal, StopReading } from "./refusal";
import { readDateStyles, readRelationships, readSharedStrings, readWorkbook, relType, resolvePart } from "./xlsx-parts";
import { readXmlEntry } from "./xml-entry";
import { findEntry, readZipDirectory } from "./zip-directory";
import { isoDate } from "@/lib/kernel/dates";

/**
 * Reads one sheet of an XLSX file as rows of text, streaming every part through a SAX parser as
 * it is inflated, within limits that hold whatever the file declares. Replaces exceljs for
 * reading: exceljs inflates the whole package and builds a model of every cell before anything
 * can be counted.
 */
export interface SheetLimits {
  entries: number;
  /** Bytes really inflated over all parts read. */
  inflatedBytes: number;
  /** XML elements parsed over all parts read. */
  elements: number;
  /** Non-empty rows kept (the header included); reading stops there, the caller judges "too many". */
  rows: number;
  /** Columns kept per row; cells further right are counted, not kept. */
  columns: number;
  /** Cells (`<c>` elements) read in the sheet, kept or not. */
  cells: number;
  sharedStrings: number;
  sharedStringChars: number;
  /** Excel's own limit for one cell is 32,767 characters. */
  cellChars: number;
}

export interface SheetRow {
  /** 0-based: the spreadsheet's row number minus one. */
  index: number;
  cells: string[];
}

/** "AB12" → 27; null when the reference has no column letters or more than Excel's three. */
export function columnIndex(ref: string): number | null {
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(ref)?.[1];
  if (!letters) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Serial day numbers as exceljs reads them (1900 system; 1904 when the workbook says so). */
function serialToDay(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? "" : isoDate(date);
}

const CELL_TEXT = new Set(["v", "t"]);
/** Excel's last row: a row number beyond it is a forged file (and would make the rows' array huge). */
const MAX_SHEET_ROWS = 1_048_576;

interface CellState {
  column: number;
  type: string;
  style: number;
  value: string;
  inline: string;
}

/** The sheet named `preferred`, else the first; rows in file order. */
export function readXlsxSheet(buf: Uint8Array, limits: SheetLimits, preferred: string): SheetRow[] {
  const entries = readZipDirectory(buf, limits.entries);
  const budget = new InflateBudget(limits.inflatedBytes, limits.elements);
  const bookPart = relType(readRelationships(entries, budget, ""), "officeDocument")?.target.replace(/^\//, "") ?? "xl/workbook.xml";
  const bookEntry = findEntry(entries, bookPart);
  if (!bookEntry) throw new ReadRefusal("unreadable", "no workbook");
  const book = readWorkbook(bookEntry, budget);
  const rels = readRelationships(entries, budget, bookPart);
  const sheet = book.sheets.find((s) => s.name === preferred) ?? book.sheets[0];
  const sheetRel = sheet && rels.find((r) => r.id === sheet.relId);
  const sheetEntry = sheetRel && findEntry(entries, resolvePart(bookPart, sheetRel.target));
  if (!sheetEntry) throw new ReadRefusal("unreadable", "no worksheet");
  const partOf = (type: string) => {
    const rel = relType(rels, type);
    return rel ? findEntry(entries, resolvePart(bookPart, rel.target)) : undefined;
  };
  const dateStyles = readDateStyles(partOf("styles"), budget);
  const shared = readSharedStrings(partOf("sharedStrings"), budget, {
    count: limits.sharedStrings,
    chars: limits.sharedStringChars,
    cellChars: limits.cellChars,
  });

  const textOf = (c: CellState): string => {
    switch (c.type) {
      case "s":
        return shared[Number(c.value)] ?? "";
      case "inlineStr":
        return c.inline;
      case "str":
      case "e":
        return c.value;
      case "b":
        return c.value === "" ? "" : String(c.value === "1" || c.value === "true");
      case "d":
        return c.value.slice(0, 10);
      default: {
        if (c.value.trim() === "") return "";
        const n = parseFloat(c.value);
        return dateStyles.has(c.style) ? serialToDay(n, book.date1904) : String(n);
      }
    }
  };

  const rows: SheetRow[] = [];
  let cellsRead = 0;
  let rowIndex = -1;
  let row: string[] | null = null;
  let nextColumn = 0;
  let cell: CellState | null = null;
  let into: "value" | "inline" | null = null;
  let inPhonetic = false;
  const append = (text: string) => {
    if (!cell || !into) return;
    const now = cell[into];
    if (now.length + text.length > limits.cellChars) throw new ReadRefusal("tooBig", `a cell over ${limits.cellChars} characters`);
    cell[into] = now + text;
  };
  try {
    readXmlEntry(sheetEntry, budget, {
      textOf: CELL_TEXT,
      open(name, a) {
        if (name === "row") {
          const r = Number(a.r);
          rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
          if (rowIndex >= MAX_SHEET_ROWS) throw new ReadRefusal("unreadable", `row ${rowIndex + 1} is past the end of a sheet`);
          row = [];
          nextColumn = 0;
        } else if (name === "c" && row) {
          cellsRead += 1;
          if (cellsRead > limits.cells) throw new ReadRefusal("tooBig", `more than ${limits.cells} cells`);
          const column = a.r === undefined ? nextColumn : columnIndex(a.r);
          if (column === null) throw new ReadRefusal("unreadable", `cell reference ${a.r}`);
          nextColumn = column + 1;
          cell = { column, type: a.t ?? "n", style: Number(a.s ?? 0), value: "", inline: "" };
        } else if (cell) {
          if (name === "v") into = "value";
          else if (name === "rPh") inPhonetic = true;
          else if (name === "t" && !inPhonetic) into = "inline";
        }
      },
      text: append,
      close(name) {
        if (name === "v" || name === "t") into = null;
        else if (name === "rPh") inPhonetic = false;
        else if (name === "c" && cell && row) {
          if (cell.column < limits.columns) row[cell.column] = textOf(cell);
          cell = null;
        } else if (name === "row" && row) {
          const kept = row;
          row = null;
          if (kept.some((c) => c !== undefined && c !== "")) {
            const cells = Array.from(kept, (c) => c ?? "");
            rows.push({ index: rowIndex, cells });
            if (rows.length >= limits.rows) throw new StopReading();
          }
        }
      },
    });
  } catch (err) {
    if (!(err instanceof StopReading)) throw err;
  }
  return rows;
}
