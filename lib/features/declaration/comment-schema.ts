import { z } from "zod";

/**
 * Inputs of the consultation's Server Actions, shared with the forms. Messages are keys of
 * lib/kernel/i18n/messages/consultation.ts. Comment bodies are plain text: they are escaped wherever
 * they are shown and never parsed as markup.
 */

export const COMMENT_BODY_MAX = 5000;
export const OUTCOME_REASON_MAX = 2000;
export const HIDE_REASON_MAX = 500;
/** A commenter may correct their own comment for this long after writing it. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_MENTIONS = 10;

export const COMMENT_OUTCOMES = ["accepted", "partly_accepted", "not_taken_up", "out_of_scope"] as const;
export type CommentOutcomeValue = (typeof COMMENT_OUTCOMES)[number];

const body = z
  .string({ error: "consultation.validation.bodyRequired" })
  .trim()
  .min(1, { error: "consultation.validation.bodyRequired" })
  .max(COMMENT_BODY_MAX, { error: "consultation.validation.bodyTooLong" });

const ref = { id: z.uuid({ error: "consultation.validation.invalid" }), version: z.number().int().min(1) };

export const ZCommentSelection = z.object({
  blockIndex: z.number().int().min(0).max(20_000),
  from: z.number().int().min(0),
  to: z.number().int().min(1),
});

export const ZCommentCreate = z
  .object({
    declarationId: z.uuid({ error: "consultation.validation.invalid" }),
    body,
    /** A passage (block index + offsets in its text); absent for a comment on the whole draft or a reply. */
    selection: ZCommentSelection.optional(),
    /** The thread's first comment, for a reply. */
    parentId: z.uuid().optional(),
    mentions: z.array(z.uuid()).max(MAX_MENTIONS, { error: "consultation.validation.tooManyMentions" }).default([]),
    publicNameConsent: z.boolean().default(false),
  })
  .refine((v) => !(v.selection && v.parentId), { error: "consultation.validation.invalid" })
  .refine((v) => !v.selection || v.selection.to > v.selection.from, { error: "consultation.validation.selectionEmpty", path: ["selection"] });
export type TCommentCreate = z.input<typeof ZCommentCreate>;

export const ZCommentEdit = z.object({ ...ref, body });
export const ZCommentRef = z.object(ref);

export const ZCommentResolve = z.object({ ...ref, resolved: z.boolean() });

export const ZCommentHide = z.object({
  ...ref,
  reason: z
    .string()
    .trim()
    .min(1, { error: "consultation.validation.reasonRequired" })
    .max(HIDE_REASON_MAX, { error: "consultation.validation.reasonTooLong" }),
});

export const ZCommentOutcome = z.object({
  ...ref,
  outcome: z.enum(COMMENT_OUTCOMES, { error: "consultation.validation.outcomeRequired" }),
  reason: z
    .string()
    .trim()
    .min(1, { error: "consultation.validation.reasonRequired" })
    .max(OUTCOME_REASON_MAX, { error: "consultation.validation.reasonTooLong" }),
});

export const ZSummaryPublish = z.object({ declarationId: z.uuid(), version: z.number().int().min(1), published: z.boolean() });
