/**
 * How dashboard numbers and labels are written, the same on every page that shows them.
 * Pure (no server-only): the presentational components and the bench use it too.
 */
import { getElement } from "@/lib/reference/framework/catalogue/catalogue";
import type { Translator } from "@/lib/features/dictionary";
import { formatDateTime, formatDay, formatMonth, formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { DashCommitment } from "./types";

export interface DashFormat {
  locale: Locale;
  t: Translator;
  /** A whole percentage ("45%"), or "—" without a figure. */
  pct(value: number | null): string;
  /** The same inside a sentence: "no figure" instead of a dash. */
  pctText(value: number | null): string;
  num(value: number): string;
  /** A calendar day "YYYY-MM-DD" as the locale writes it. */
  day(day: string): string;
  /** "Mar 2025" / "mrt 2025". */
  month(day: string): string;
  dateTime(d: Date): string;
}

/** The formatters of lib/kernel/i18n/format.ts (cached there) bound to a locale, with the dashboard's wording for a missing figure. */
export function dashFormat(locale: Locale, t: Translator): DashFormat {
  const pct = (v: number | null) => (v === null ? t("dashboard.percentNone") : `${formatNumber(locale, v)}%`);
  return {
    locale,
    t,
    pct,
    pctText: (v) => (v === null ? t("dashboard.noFigure") : pct(v)),
    num: (v) => formatNumber(locale, v),
    day: (d) => formatDay(locale, d),
    month: (d) => formatMonth(locale, d),
    dateTime: (d) => formatDateTime(locale, d),
  };
}

/** "F1 · Name of the element" for a framework element's commitment, the title for the city's own. */
export function commitmentLabel(c: Pick<DashCommitment, "elementKey" | "title">, locale: Locale): string {
  const element = c.elementKey ? getElement(c.elementKey) : undefined;
  return element ? `${element.key} · ${element.name[locale]}` : c.title;
}

/** The page of a commitment: the element page for framework elements, the commitment page otherwise. */
export function commitmentHref(citySlug: string, c: Pick<DashCommitment, "id" | "elementKey">): string {
  return c.elementKey ? `/${citySlug}/workspace/framework/${c.elementKey}` : `/${citySlug}/workspace/commitments/${c.id}`;
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
