import type { Locale } from "./locales";

const TAG: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/**
 * Building an Intl formatter costs far more than using one, and pages such as the dashboard
 * format hundreds of values: keep one formatter per locale and options.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(TAG[locale], opts)));
  return f;
}

function numberFormat(locale: Locale, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(TAG[locale], opts)));
  return f;
}

export function formatDate(locale: Locale, date: Date | string, style: "short" | "medium" | "long" = "medium"): string {
  return dateFormat(locale, { dateStyle: style }).format(new Date(date));
}

/**
 * A calendar day (a `@db.Date` value or "YYYY-MM-DD"), written in UTC: such values are stored
 * as UTC midnight, and formatting them in a server's own time zone could show the previous day.
 */
export function formatDay(locale: Locale, day: Date | string, style: "short" | "medium" | "long" = "medium"): string {
  const date = typeof day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : new Date(day);
  return dateFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(date);
}

/** "Mar 2025" / "mrt 2025" for a calendar day, in UTC like formatDay. */
export function formatMonth(locale: Locale, day: Date | string): string {
  const date = typeof day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : new Date(day);
  return dateFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

export function formatDateTime(locale: Locale, date: Date | string): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(date));
}

export function formatNumber(locale: Locale, n: number, opts?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, opts).format(n);
}

export function formatPercent(locale: Locale, fraction: number): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

/**
 * A file's size as people read it: "1 byte", "193 bytes", "1.5 kB", "2,4 MB". Below a kilobyte
 * the unit is written out, in the plural but for one ("bytes" in English and Dutch alike: CLDR's
 * Dutch "193 byte" reads as a mistake); above it the short unit, with at most one decimal.
 */
export function formatFileSize(locale: Locale, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(locale, bytes)} ${bytes === 1 ? "byte" : "bytes"}`;
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "megabyte"] : [bytes / 1024, "kilobyte"];
  return formatNumber(locale, value, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 });
}
