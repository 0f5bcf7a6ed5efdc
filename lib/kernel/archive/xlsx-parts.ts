import type { InflateBudget } from "./inflate-entry";
import { ReadRefusal } from "./refusal";
import { readXmlEntry } from "./xml-entry";
import { findEntry, type ZipEntry } from "./zip-directory";

/**
 * The small parts of an XLSX package that say where the sheet is and how to read its cells:
 * relationships, the workbook (sheet names, 1904 dates) and the styles (which cells hold dates).
 */

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A part's path from a relationship target: absolute ("/xl/…") or relative to the source part's folder. */
export function resolvePart(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of `part` (the package itself for ""), or none when it has no .rels part. */
export function readRelationships(entries: readonly ZipEntry[], budget: InflateBudget, part: string): Relationship[] {
  const entry = findEntry(entries, part === "" ? "_rels/.rels" : relsPathOf(part));
  if (!entry) return [];
  const rels: Relationship[] = [];
  readXmlEntry(entry, budget, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External") rels.push({ id: a.Id, type: a.Type ?? "", target: a.Target });
    },
  });
  return rels;
}

export const relType = (rels: readonly Relationship[], suffix: string) => rels.find((r) => r.type.endsWith(`/${suffix}`));

export interface Workbook {
  date1904: boolean;
  sheets: { name: string; relId: string }[];
}

export function readWorkbook(entry: ZipEntry, budget: InflateBudget): Workbook {
  const book: Workbook = { date1904: false, sheets: [] };
  readXmlEntry(entry, budget, {
    open(name, a) {
      if (name === "workbookPr") book.date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (name === "sheet" && a.id) book.sheets.push({ name: a.name ?? "", relId: a.id });
    },
  });
  return book;
}

// ECMA-376 §18.8.30: the built-in number formats that show dates or times.
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when it has date or time letters outside quotes and brackets (as exceljs decides). */
export function isDateFormatCode(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The cell styles (by index, as cells' `s` attribute names them) whose number format is a date. */
export function readDateStyles(entry: ZipEntry | undefined, budget: InflateBudget): Set<number> {
  const dates = new Set<number>();
  if (!entry) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let xf = 0;
  readXmlEntry(entry, budget, {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id)) dates.add(xf);
        xf += 1;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return dates;
}

const TEXT = new Set(["t"]);

/** The text of each shared string (rich text runs joined, phonetic hints left out), within the limits. */
export function readSharedStrings(entry: ZipEntry | undefined, budget: InflateBudget, limits: { count: number; chars: number; cellChars: number }): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  let chars = 0;
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  readXmlEntry(entry, budget, {
    textOf: TEXT,
    open(name) {
      if (name === "si") {
        if (strings.length >= limits.count) throw new ReadRefusal("tooBig", `more than ${limits.count} shared strings`);
        current = "";
      } else if (name === "rPh") inPhonetic = true;
      else if (name === "t" && current !== null && !inPhonetic) inText = true;
    },
    text(text) {
      if (!inText || current === null) return;
      chars += text.length;
      if (current.length + text.length > limits.cellChars) throw new ReadRefusal("tooBig", `a shared string over ${limits.cellChars} characters`);
      if (chars > limits.chars) throw new ReadRefusal("tooBig", `shared strings over ${limits.chars} characters`);
      current += text;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si" && current !== null) {
        strings.push(current);
        current = null;
      }
    },
  });
  return strings;
}
