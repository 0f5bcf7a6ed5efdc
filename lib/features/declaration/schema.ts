import { z } from "zod";
import { ANCHOR_ID_PATTERN } from "./comment-anchors";
import type { DeclarationStatus } from "@/lib/generated/city/enums";
import type { Equal, Expect } from "@/lib/kernel/type-equal";
import { latestDecisionDay } from "@/lib/kernel/dates";
import { LIMITS } from "./document-schema";

/** Inputs of the declaration's actions, one zod schema each, shared by forms and actions. */

/** The declaration's statuses (the moves between them: ./policy.ts). */
export const DECLARATION_STATUSES = ["draft", "consultation", "proposed", "adopted", "published"] as const satisfies readonly DeclarationStatus[];
/** For the UI, which may not import the generated client. */
export type DeclarationStatusValue = (typeof DECLARATION_STATUSES)[number];
type _StatusesCoverEnum = Expect<Equal<DeclarationStatusValue, DeclarationStatus>>;

const id = z.uuid();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "declaration.validation.date");
const note = z.string().trim().max(1000, "declaration.validation.noteTooLong");
// The document itself is checked by sanitizeDocument (walk + allowlist); here only its envelope.
const content = z.object({ type: z.literal("doc"), content: z.array(z.unknown()).max(LIMITS.nodes) }, "declaration.validation.invalidDocument");

export const ZDeclarationTitle = z.string().trim().min(1, "declaration.validation.titleRequired").max(200, "declaration.validation.titleTooLong");

export const ZDeclarationCreate = z.object({
  title: ZDeclarationTitle,
  locale: z.enum(["en", "nl"]),
  template: z.enum(["blank", "en", "nl"]),
});
export type TDeclarationCreate = z.infer<typeof ZDeclarationCreate>;

export const ZDeclarationSave = z.object({
  declarationId: id,
  /** The version the editor started from. */
  baseVersion: z.number().int().min(0),
  content,
  changeNote: note.min(1, "declaration.validation.changeNoteRequired"),
  title: ZDeclarationTitle.optional(),
  /**
   * The comment anchors the editor's text had when it was loaded (or last saved): an anchor that
   * is gone from the saved text was deleted by the editor (its comment is orphaned), any other
   * was added by a commenter meanwhile (it is put back). See reconcile-comments.ts.
   */
  baseAnchorIds: z.array(z.string().min(1).max(100)).max(10_000).optional(),
});
export type TDeclarationSave = z.infer<typeof ZDeclarationSave>;

export const ZDeclarationRestore = z.object({
  declarationId: id,
  number: z.number().int().min(1),
  /** The version that is current in the page where restore was clicked. */
  baseVersion: z.number().int().min(0),
  /**
   * The anchors of the comments the person was shown would lose their passage, and accepted that;
   * a restore that would take any other comment off its passage is refused with the list.
   */
  orphansAccepted: z.array(z.string().regex(ANCHOR_ID_PATTERN)).max(1000).default([]),
});
export type TDeclarationRestore = z.infer<typeof ZDeclarationRestore>;

const vote = z.number().int("declaration.validation.vote").min(0, "declaration.validation.vote").max(10_000, "declaration.validation.vote");

const move = { declarationId: id, version: z.number().int().min(1), note };

export const ZDeclarationTransition = z.discriminatedUnion("to", [
  z
    .object({ ...move, to: z.literal("consultation"), consultationOpensOn: day, consultationClosesOn: day })
    .refine((v) => v.consultationClosesOn >= v.consultationOpensOn, { path: ["consultationClosesOn"], message: "declaration.validation.closesBeforeOpens" }),
  z.object({ ...move, to: z.literal("proposed") }),
  z.object({ ...move, to: z.literal("draft") }),
  z.object({
    ...move,
    to: z.literal("adopted"),
    // The council's decision has been taken: its date is not in the future.
    adoptedOn: day.refine((d) => d <= latestDecisionDay(), "declaration.validation.adoptedInFuture"),
    councilResolutionRef: z.string().trim().min(1, "declaration.validation.resolutionRequired").max(200, "declaration.validation.resolutionTooLong"),
    voteFor: vote,
    voteAgainst: vote,
    voteAbstain: vote,
  }),
  z.object({ ...move, to: z.literal("published") }),
]);
export type TDeclarationTransition = z.infer<typeof ZDeclarationTransition>;

export const ZStartAmendment = z.object({ declarationId: id, version: z.number().int().min(1) });
export type TStartAmendment = z.infer<typeof ZStartAmendment>;

/** Publishing (or withdrawing) the consultation's summary with the published declaration. */
export const ZSummaryPublish = z.object({ declarationId: z.uuid(), version: z.number().int().min(1), published: z.boolean() });
