/**
 * The records of a dataset, taken from published sources only: the city's latest publication
 * (the snapshot already holds nothing unpublished) and the frozen publications of its annual
 * reports (lib/features/reports/read-published-report.ts). Keys are the field names of datasets.ts, in the
 * same order.
 */
import { translator } from "@/lib/features/dictionary";
import { isLocale } from "@/lib/kernel/i18n/locales";
import type { PublicCommitment, PublicPlan, PublicSnapshot, PublicUpdate } from "@/lib/features/publication/site/types";
import { formatBreakdown } from "@/lib/features/action-plans/data/plan-measurement-import";
import { reportTitle } from "@/lib/features/reports/report-html";
import { sectionText, type ReportView } from "@/lib/features/reports/report-view";
import { lastDayOfYear } from "@/lib/features/indicators/periods";
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

function actionRecords(p: PublicPlan): DatasetRecord[] {
  const objectives = new Map(p.objectives.map((o) => [o.key, o.title]));
  return p.actions.map((a) => ({
    key: a.key,
    commitment_key: a.commitmentKeys[0] ?? null,
    title: a.title,
    description: a.description,
    status: a.status,
    progress: a.progress,
    start_date: a.startDate,
    end_date: a.dueDate,
    department: a.department,
    last_update_at: a.lastUpdateAt,
    plan_key: p.key,
    plan_title: p.title,
    objective_key: a.objectiveKey,
    objective_title: objectives.get(a.objectiveKey) ?? "",
    commitment_keys: a.commitmentKeys,
  }));
}

/**
 * The published direction "higher"/"lower" is the dataset's "increase"/"decrease" (its contract).
 * A target year means the end of that year: the target date is its 31 December (a plain xsd:date,
 * which CSV and DCAT clients read as a date, where "2029" would be read as a number).
 */
function indicatorRecords(p: PublicPlan): DatasetRecord[] {
  const yearStart = (y: number | null) => (y === null ? null : `${y}-01-01`);
  const yearEnd = (y: number | null) => (y === null ? null : lastDayOfYear(y));
  return p.indicators.map((i) => ({
    key: i.key,
    commitment_key: null,
    action_key: null,
    title: i.name,
    description: i.definition,
    unit: i.unit,
    direction: i.direction === "higher" ? "increase" : "decrease",
    baseline_value: i.baselineValue,
    baseline_date: yearStart(i.baselineYear),
    target_value: i.targetValue,
    target_date: yearEnd(i.targetYear),
    source: i.dataSource || null,
    plan_key: p.key,
    type: i.type,
    baseline_year: i.baselineYear,
    target_year: i.targetYear,
    frequency: i.frequency,
    dimensions: i.dimensions,
    objective_keys: i.objectiveKeys,
    target_status: i.targetStatus,
    accumulation: i.accumulation ?? "per_period",
  }));
}

function measurementRecords(p: PublicPlan): DatasetRecord[] {
  return p.indicators.flatMap((i) =>
    i.measurements.map((m) => ({
      id: m.id,
      indicator_key: i.key,
      date: m.periodStart,
      value: m.value,
      note: m.sourceNote || null,
      period: m.period,
      breakdown: formatBreakdown(m.breakdown) || null,
    })),
  );
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
    case "actions":
      return (snapshot.plans ?? []).flatMap(actionRecords);
    case "indicators":
      return (snapshot.plans ?? []).flatMap(indicatorRecords);
    case "measurements":
      return (snapshot.plans ?? []).flatMap(measurementRecords);
    default:
      return [];
  }
}
