import "server-only";
import { z } from "zod";
import { can } from "@/lib/kernel/auth/permissions";
import { NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { ReportComment } from "@/lib/generated/city/client";
import type { Role } from "@/lib/generated/control/enums";
import type { ReportStatusValue } from "@/lib/features/reports/schema";
import { commentsOn } from "../comments-on";
import { ZCommentBody, ZCommentParent } from "../schema";
import type { CommentTarget } from "../target";

/**
 * Comments on an annual report's draft: on a passage of a narrative section (the quoted text must
 * be in it), on a whole section, on the whole report, or a reply. Narrative sections are plain
 * text, so a passage is anchored by its quote rather than by a mark in the text: after the section
 * is edited the comment keeps its quote and shows whether the passage is still there
 * (lib/features/reports/load-report-comments.ts). Neither the generated figures nor the published
 * report contain comments (only counts, frozen with the report), so nothing public is withdrawn.
 */

export const QUOTE_MAX = 1000;

export const ZReportCommentAdd = z
  .object({
    reportId: z.uuid({ error: "consultation.validation.invalid" }),
    body: ZCommentBody,
    /** A narrative section (one topic, kind and language); absent for the whole report or a reply. */
    sectionId: z.uuid({ error: "consultation.validation.invalid" }).optional(),
    /** A passage of that section, copied from its text; "" for the whole section. */
    quote: z.string().trim().max(QUOTE_MAX, { error: "reports.comments.quoteTooLong" }).default(""),
    parentId: ZCommentParent.optional(),
  })
  .refine((v) => !(v.parentId && v.sectionId), { error: "consultation.validation.invalid" })
  .refine((v) => !v.quote || v.sectionId, { error: "reports.comments.quoteWithoutSection", path: ["quote"] });
export type TReportCommentAdd = z.input<typeof ZReportCommentAdd>;

/**
 * Officers and admins comment while the report is being written (draft, consultation); the
 * advisory council and the council only while it is in consultation.
 */
export function mayCommentOnReport(role: Role, status: ReportStatusValue): boolean {
  if (!can(role, "report.comment")) return false;
  if (can(role, "report.edit")) return status === "draft" || status === "consultation";
  return status === "consultation";
}

export const reportCommentPath = (citySlug: string, reportId: string, commentId?: string) =>
  `/${citySlug}/workspace/reports/${reportId}${commentId ? `#comment-${commentId}` : "#report-comments"}`;

export const reportTarget: CommentTarget<{ id: string; status: ReportStatusValue }, z.output<typeof ZReportCommentAdd>, ReportComment> = {
  entity: "ReportComment",
  capabilities: { comment: "report.comment", moderate: "report.edit" },
  // ReportComment has no resolvedAt: a report's threads are answered, not resolved.
  resolvable: false,
  addInput: ZReportCommentAdd,
  rows: (tx) => ({
    find: (id) => tx.reportComment.findUnique({ where: { id } }),
    findInDocument: (id, reportId) => tx.reportComment.findFirst({ where: { id, reportId } }),
    update: async (id, version, { resolvedAt, resolvedBy, ...change }) => {
      if (resolvedAt !== undefined || resolvedBy !== undefined) throw new Error("report comments are not resolved");
      return (await tx.reportComment.updateMany({ where: { id, version }, data: { ...change, version: { increment: 1 } } })).count;
    },
  }),
  loadDocument: async (tx, input) => {
    const report = await tx.annualReport.findUnique({ where: { id: input.reportId }, select: { id: true, status: true } });
    if (!report) throw new NotFoundError();
    return report;
  },
  documentId: (r) => r.id,
  mayComment: (role, r) => mayCommentOnReport(role, r.status),
  create: async (tx, report, input, _parent, { mentions: _none, ...common }) => {
    if (input.sectionId) {
      const section = await tx.reportSection.findFirst({ where: { id: input.sectionId, reportId: report.id }, select: { content: true } });
      if (!section) throw new NotFoundError();
      if (input.quote && !section.content.includes(input.quote)) throw new ValidationError({ quote: ["reports.comments.quoteNotFound"] });
    }
    return tx.reportComment.create({ data: { ...common, reportId: report.id, sectionId: input.sectionId ?? null, quote: input.quote } });
  },
  link: (citySlug, c) => reportCommentPath(citySlug, c.reportId, c.id),
  // The published report is frozen with its consultation figures; an approved one can still be answered.
  assertAnswerable: async (tx, c) => {
    const report = await tx.annualReport.findUniqueOrThrow({ where: { id: c.reportId }, select: { status: true } });
    if (report.status === "published") throw new ValidationError({ status: ["reports.validation.published"] });
  },
};

export const reportComments = commentsOn(reportTarget);
