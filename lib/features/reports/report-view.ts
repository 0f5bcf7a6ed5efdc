/**
 * A whole report as it is shown and printed: the generated record, the narrative sections, the
 * recommendations made in it and its evaluations of earlier ones (with their history). The
 * workspace, the PDF and the Word file of a draft build it from the tables; publishing freezes it
 * into AnnualReport.published, which is all the public pages and public downloads read.
 */
import { z } from "zod";
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { NotFoundError } from "@/lib/kernel/errors";
import type { GeneratedReport } from "./report-data";
import type { ReportStatusValue } from "./schema";
import type { SectionKind } from "./topics";

export const REPORT_VIEW_FORMAT = "charta-report-view/1";

export type Outcome = "implemented_fully" | "implemented_partly" | "not_implemented";

export interface ReportView {
  format: typeof REPORT_VIEW_FORMAT;
  id: string;
  year: number;
  status: ReportStatusValue;
  locales: string[];
  /** When the approval was recorded in Charta; the report states the decision's date (`decision`). */
  approvedAt: string | null;
  approvalNote: string;
  /**
   * The approving decision (body, day, reference). Absent from reports published before it was
   * recorded: those state `approvedAt` and the note.
   */
  decision?: ReportDecisionView | null;
  /** Narrative sections left out on purpose ("topic/kind"): no heading, no text, in any language. */
  omittedSections?: string[];
  publishedAt: string | null;
  generated: GeneratedReport | null;
  sections: { topic: string; kind: SectionKind; locale: string; content: string }[];
  recommendations: { id: string; topic: string; text: string; department: string | null }[];
  evaluations: {
    recommendationId: string;
    text: string;
    yearMade: number;
    department: string | null;
    outcome: Outcome;
    note: string;
    /** Earlier evaluations of the same recommendation, oldest first. */
    history: { year: number; outcome: Outcome; note: string }[];
  }[];
}

export interface ReportDecisionView {
  body: "council" | "executive" | "other" | null;
  bodyName: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  reference: string;
}

export async function buildReportView(db: CityDb | CityTx, reportId: string): Promise<ReportView> {
  if (!z.uuid().safeParse(reportId).success) throw new NotFoundError();
  const report = await db.annualReport.findUnique({
    where: { id: reportId },
    include: {
      sections: { where: { content: { not: "" } }, orderBy: { createdAt: "asc" } },
      recommendations: { include: { department: { select: { name: true } } }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      evaluations: {
        include: {
          recommendation: {
            include: {
              department: { select: { name: true } },
              evaluations: { select: { year: true, outcome: true, note: true, reportId: true }, orderBy: { year: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!report) throw new NotFoundError();
  // A language left out of the report and a section left out on purpose are not in it at all.
  const included = report.sections.filter((s) => report.locales.includes(s.locale) && !report.omittedSections.includes(`${s.topic}/${s.kind}`));
  return {
    format: REPORT_VIEW_FORMAT,
    id: report.id,
    year: report.year,
    status: report.status,
    locales: report.locales,
    approvedAt: report.approvedAt?.toISOString() ?? null,
    approvalNote: report.approvalNote,
    decision: report.decisionOn
      ? { body: report.decisionBody, bodyName: report.decisionBodyName, decidedOn: report.decisionOn.toISOString().slice(0, 10), reference: report.decisionRef }
      : null,
    omittedSections: report.omittedSections,
    publishedAt: report.publishedAt?.toISOString() ?? null,
    generated: (report.generated as unknown as GeneratedReport | null) ?? null,
    sections: included.map((s) => ({ topic: s.topic, kind: s.kind, locale: s.locale, content: s.content })),
    recommendations: report.recommendations.map((r) => ({ id: r.id, topic: r.topic, text: r.text, department: r.department?.name ?? null })),
    evaluations: report.evaluations
      .sort((a, b) => a.recommendation.yearMade - b.recommendation.yearMade || a.recommendation.position - b.recommendation.position)
      .map((e) => ({
        recommendationId: e.recommendationId,
        text: e.recommendation.text,
        yearMade: e.recommendation.yearMade,
        department: e.recommendation.department?.name ?? null,
        outcome: e.outcome,
        note: e.note,
        history: e.recommendation.evaluations
          .filter((h) => h.reportId !== report.id && h.year < report.year)
          .map((h) => ({ year: h.year, outcome: h.outcome, note: h.note })),
      })),
  };
}

/** Whether a narrative section was left out of the report on purpose. */
export function isSectionOmitted(view: Pick<ReportView, "omittedSections">, topic: string, kind: SectionKind): boolean {
  return (view.omittedSections ?? []).includes(`${topic}/${kind}`);
}

/** The text of one section in one language ("" when not written). */
export function sectionText(view: Pick<ReportView, "sections">, topic: string, kind: SectionKind, locale: string): string {
  return view.sections.find((s) => s.topic === topic && s.kind === kind && s.locale === locale)?.content ?? "";
}

/**
 * Sections written in some language of the report but not in `locale`: the translation is missing
 * (shown as such, never filled in by machine).
 */
export function missingTranslations(view: Pick<ReportView, "sections" | "locales">, locale: string): { topic: string; kind: SectionKind }[] {
  const slots = new Map<string, { topic: string; kind: SectionKind }>();
  for (const s of view.sections) if (s.locale !== locale) slots.set(`${s.topic}/${s.kind}`, { topic: s.topic, kind: s.kind });
  return [...slots.values()].filter((slot) => sectionText(view, slot.topic, slot.kind, locale) === "");
}

/**
 * The languages a published report's public page exists in: those it was written in that the city
 * also publishes in (the public pages exist only in the city's languages), in the report's order.
 */
export function reportLocales<L extends string>(reportLocales: readonly string[], cityLocales: readonly L[]): L[] {
  return cityLocales.filter((l) => reportLocales.includes(l)).toSorted((a, b) => reportLocales.indexOf(a) - reportLocales.indexOf(b));
}

/**
 * Where a link to a report from a page in `locale` goes: the report in that language if it was
 * written in it, else in the first language it was written in that the city publishes; null if none.
 */
export function reportLocale<L extends string>(reportLanguages: readonly string[], locale: L, cityLocales: readonly L[]): L | null {
  const available = reportLocales(reportLanguages, cityLocales);
  return available.includes(locale) ? locale : (available[0] ?? null);
}
