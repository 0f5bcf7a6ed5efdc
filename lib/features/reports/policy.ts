import type { CityTx } from "@/lib/kernel/records/audited";
import { NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { sectionSlots, type SectionKind } from "./topics";

/**
 * Narrative sections, recommendations and evaluations are written while the report is a draft or
 * in consultation; an approved report is fixed (it goes back to draft to change it), a published
 * one for good.
 */
export async function editableReport(tx: CityTx, reportId: string) {
  const report = await tx.annualReport.findUnique({ where: { id: reportId } });
  if (!report) throw new NotFoundError();
  if (report.status !== "draft" && report.status !== "consultation") throw new ValidationError({ status: ["reports.validation.notEditable"] });
  return report;
}

/**
 * A change to what the report says withdraws a request for approval: the second person approves
 * what was submitted, not what it became. Bumps the report's version, so an approval form loaded
 * before the change is a conflict.
 */
export async function withdrawSubmission(tx: CityTx, report: { id: string; submittedAt: Date | null }, actorId: string) {
  if (!report.submittedAt) return;
  await tx.annualReport.update({ where: { id: report.id }, data: { submittedAt: null, submittedBy: null, version: { increment: 1 }, updatedBy: actorId } });
}

/** A section's key in AnnualReport.omittedSections. */
export const slotKey = (topic: string, kind: string) => `${topic}/${kind}`;

export const isOmitted = (omitted: readonly string[], topic: string, kind: string) => omitted.includes(slotKey(topic, kind));

export interface MissingSection {
  topic: string;
  kind: SectionKind;
  locale: string;
}

/**
 * What stands between a report and its approval: every narrative section that is not left out
 * on purpose must be written in every language the report will be published in. A published
 * report never says "Not written yet" or "not translated".
 */
export function missingSections(
  report: { locales: readonly string[]; omittedSections: readonly string[] },
  sections: readonly { topic: string; kind: string; locale: string; content: string }[],
): MissingSection[] {
  const written = new Set(sections.filter((s) => s.content.trim() !== "").map((s) => `${s.topic}/${s.kind}/${s.locale}`));
  // In reading order, each section with the languages it lacks.
  return sectionSlots()
    .filter((s) => !isOmitted(report.omittedSections, s.topic, s.kind))
    .flatMap((s) => report.locales.filter((locale) => !written.has(`${s.topic}/${s.kind}/${locale}`)).map((locale) => ({ ...s, locale })));
}

/**
 * Four-eyes approval: with the city's setting on, the decision is recorded by someone other than
 * the person who asked for it, and only after someone asked. Null when `actorId` may record it.
 */
export function fourEyesRefusal(
  fourEyes: boolean,
  submittedBy: string | null,
  actorId: string,
): "reports.validation.approvalNotRequested" | "reports.validation.approvalSamePerson" | null {
  if (!fourEyes) return null;
  if (!submittedBy) return "reports.validation.approvalNotRequested";
  if (submittedBy === actorId) return "reports.validation.approvalSamePerson";
  return null;
}
