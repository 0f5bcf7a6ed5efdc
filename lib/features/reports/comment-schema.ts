import { z } from "zod";
import { COMMENT_BODY_MAX, ZCommentEdit, ZCommentHide, ZCommentOutcome, ZCommentRef } from "@/lib/features/declaration/comment-schema";

/**
 * Inputs of the report's comment actions. The bodies, outcomes and their messages are the
 * declaration consultation's (lib/features/declaration/comment-schema.ts): one way of commenting in Charta.
 */
export const QUOTE_MAX = 1000;

export const ZReportCommentAdd = z
  .object({
    reportId: z.uuid({ error: "consultation.validation.invalid" }),
    body: z
      .string({ error: "consultation.validation.bodyRequired" })
      .trim()
      .min(1, { error: "consultation.validation.bodyRequired" })
      .max(COMMENT_BODY_MAX, { error: "consultation.validation.bodyTooLong" }),
    /** A narrative section (one topic, kind and language); absent for the whole report or a reply. */
    sectionId: z.uuid({ error: "consultation.validation.invalid" }).optional(),
    /** A passage of that section, copied from its text; "" for the whole section. */
    quote: z.string().trim().max(QUOTE_MAX, { error: "reports.comments.quoteTooLong" }).default(""),
    /** The thread's first comment, for a reply. */
    parentId: z.uuid({ error: "consultation.validation.invalid" }).optional(),
  })
  .refine((v) => !(v.parentId && v.sectionId), { error: "consultation.validation.invalid" })
  .refine((v) => !v.quote || v.sectionId, { error: "reports.comments.quoteWithoutSection", path: ["quote"] });
export type TReportCommentAdd = z.input<typeof ZReportCommentAdd>;

/** The outcome of a thread with its reason: the declaration's input shape. */
export const ZReportCommentOutcome = ZCommentOutcome;
export type TReportCommentOutcome = z.infer<typeof ZReportCommentOutcome>;

/** The author's correction: the body is checked as when adding (ZCommentEdit's body is the same rule). */
export const ZReportCommentEdit = ZCommentEdit;
export type TReportCommentEdit = z.infer<typeof ZReportCommentEdit>;

/** A comment and the version the person saw: for deleting and showing again. */
export const ZReportCommentRef = ZCommentRef;
export type TReportCommentRef = z.infer<typeof ZReportCommentRef>;

/** An officer hides a comment with a reason of 1–500 characters. */
export const ZReportCommentHide = ZCommentHide;
export type TReportCommentHide = z.infer<typeof ZReportCommentHide>;
