/**
 * The records of a dataset, taken from published sources only: the city's latest publication
 * (the snapshot already holds nothing unpublished) and the frozen publications of its annual
 * reports (lib/reports/read-published-report.ts). Keys are the field names of datasets.ts, in the
 * same order.
 */
import { translator } from "@/lib/i18n/dictionary";
import { isLocale } from "@/lib/i18n/locales";
import type { PublicCommitment, PublicSnapshot, PublicUpdate } from "@/lib/public-site/types";
import { reportTitle } from "@/lib/reports/report-html";
import { sectionText, type ReportView } from "@/lib/reports/report-view";
import { publicBaseUrl } from "./base-url";
import type { DatasetName } from "./datasets";

export type FieldValue = string | number | null | string[] | number[];
export type DatasetRecord = Record<string, FieldValue>;

function commitmentRecord(c: PublicCommitment): DatasetRecord {
  return {
    key: c.key,
    element_key: c.elementKey,
    layer: c.layer,
    title: c.title,
    text: c.text,
    status: c.status,
    maturity: c.maturity,
    progress: c.progress,
    start_date: c.startDate,
    target_date: c.targetDate,
    last_update_at: c.lastUpdateAt,
    department: c.department,
    charter_articles: c.charterArticles,
    udhr_articles: c.udhrArticles,
    sdgs: c.sdgs,
    groups: c.groups.map((g) => g.key),
  };
}

function updateRecord(u: PublicUpdate): DatasetRecord {
  return {
    id: u.id,
    commitment_key: u.commitmentKey,
    at: u.at,
    from_status: u.fromStatus,
    to_status: u.toStatus,
    from_progress: u.fromProgress,
    to_progress: u.toProgress,
    from_maturity: u.fromMaturity,
    to_maturity: u.toMaturity,
    note: u.note,
  };
}

/** The public page of a published report and its downloads, absolute (files are read off the site). */
export function publicReportUrl(citySlug: string, locale: string, year: number, format?: "pdf" | "docx"): string {
  return `${publicBaseUrl()}/${encodeURIComponent(citySlug)}/${locale}/reports/${year}${format ? `/${format}` : ""}`;
}

/** One record per published report, in its main language (the first it was written in). */
function reportRecord(city: { slug: string; name: string }, r: ReportView): DatasetRecord {
  const locale = r.locales.find(isLocale) ?? "en";
  return {
    key: r.id,
    year: r.year,
    title: reportTitle(translator(locale), city.name, r.year),
    summary: sectionText(r, "report", "summary", locale) || null,
    published_at: r.publishedAt ?? "",
    web_url: publicReportUrl(city.slug, locale, r.year),
    pdf_url: publicReportUrl(city.slug, locale, r.year, "pdf"),
    docx_url: publicReportUrl(city.slug, locale, r.year, "docx"),
    locale,
    locales: r.locales,
  };
}

/** The published sources of a city's files besides its snapshot. */
export interface PublishedExtras {
  city: { slug: string; name: string };
  /** Published reports only (frozen publications), newest first. */
  reports: readonly ReportView[];
}

/**
 * No snapshot (never published) or a dataset whose feature does not exist yet: no records. Reports
 * are published one by one, apart from the snapshot, so they need none.
 */
export function datasetRecords(snapshot: PublicSnapshot | null, dataset: DatasetName, extras?: PublishedExtras): DatasetRecord[] {
  if (dataset === "reports") return extras ? extras.reports.filter((r) => r.status === "published").map((r) => reportRecord(extras.city, r)) : [];
  if (!snapshot) return [];
  switch (dataset) {
    case "commitments":
      return snapshot.commitments.map(commitmentRecord);
    case "updates":
      return snapshot.updates.map(updateRecord);
    default:
      return [];
  }
}
