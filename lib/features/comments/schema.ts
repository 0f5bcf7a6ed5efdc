import { z } from "zod";

/**
 * The inputs every comment target shares (edit, delete, hide, show again, resolve, answer), used by
 * the Server Actions and checked again by the engine. Messages are keys of
 * lib/features/declaration/consultation-messages.ts. Comment bodies are plain text: they are escaped
 * wherever they are shown and never parsed as markup. What a comment is added to (a passage, a
 * section) is each target's own input (lib/features/comments/targets/).
 */

export const COMMENT_BODY_MAX = 5000;
export const OUTCOME_REASON_MAX = 2000;
export const HIDE_REASON_MAX = 500;
/** A commenter may correct their own comment for this long after writing it. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_MENTIONS = 10;

export const COMMENT_OUTCOMES = ["accepted", "partly_accepted", "not_taken_up", "out_of_scope"] as const;
export type CommentOutcomeValue = (typeof COMMENT_OUTCOMES)[number];

export const ZCommentBody = z
  .string({ error: "consultation.validation.bodyRequired" })
  .trim()
  .min(1, { error: "consultation.validation.bodyRequired" })
  .max(COMMENT_BODY_MAX, { error: "consultation.validation.bodyTooLong" });

/** The thread's first comment, for a reply. */
export const ZCommentParent = z.uuid({ error: "consultation.validation.invalid" });

/** Members mentioned in the body (checked against the city's members when the comment is added). */
export const ZCommentMentions = z.array(z.uuid()).max(MAX_MENTIONS, { error: "consultation.validation.tooManyMentions" });

const ref = { id: z.uuid({ error: "consultation.validation.invalid" }), version: z.number().int().min(1) };

/** A comment and the version the person saw: for deleting and showing again. */
export const ZCommentRef = z.object(ref);
export type TCommentRef = z.infer<typeof ZCommentRef>;

/** The author's correction: the body is checked as when adding. */
export const ZCommentEdit = z.object({ ...ref, body: ZCommentBody });
export type TCommentEdit = z.infer<typeof ZCommentEdit>;

export const ZCommentResolve = z.object({ ...ref, resolved: z.boolean() });
export type TCommentResolve = z.infer<typeof ZCommentResolve>;

/** An officer hides a comment with a reason of 1–500 characters. */
export const ZCommentHide = z.object({
  ...ref,
  reason: z
    .string()
    .trim()
    .min(1, { error: "consultation.validation.reasonRequired" })
    .max(HIDE_REASON_MAX, { error: "consultation.validation.reasonTooLong" }),
});
export type TCommentHide = z.infer<typeof ZCommentHide>;

/** The officer's answer to a thread: what became of the comment, and why. */
export const ZCommentOutcome = z.object({
  ...ref,
  outcome: z.enum(COMMENT_OUTCOMES, { error: "consultation.validation.outcomeRequired" }),
  reason: z
    .string()
    .trim()
    .min(1, { error: "consultation.validation.reasonRequired" })
    .max(OUTCOME_REASON_MAX, { error: "consultation.validation.reasonTooLong" }),
});
export type TCommentOutcome = z.infer<typeof ZCommentOutcome>;
