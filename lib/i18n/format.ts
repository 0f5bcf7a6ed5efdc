import type { Locale } from "./locales";

const TAG: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

export function formatDate(locale: Locale, date: Date | string, style: "short" | "medium" | "long" = "medium"): string {
  return new Intl.DateTimeFormat(TAG[locale], { dateStyle: style }).format(new Date(date));
}

export function formatDateTime(locale: Locale, date: Date | string): string {
  return new Intl.DateTimeFormat(TAG[locale], { dateStyle: "medium", timeStyle: "short" }).format(new Date(date));
}

export function formatNumber(locale: Locale, n: number, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(TAG[locale], opts).format(n);
}

export function formatPercent(locale: Locale, fraction: number): string {
  return new Intl.NumberFormat(TAG[locale], { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}
