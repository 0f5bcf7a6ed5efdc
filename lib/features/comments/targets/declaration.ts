import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { CityTx } from "@/lib/kernel/records/audited";
import { ValidationError } from "@/lib/kernel/errors";
import { can } from "@/lib/kernel/auth/permissions";
import { isLocale } from "@/lib/kernel/i18n/locales";
import type { DeclarationComment, Prisma } from "@/lib/generated/city/client";
import type { Role } from "@/lib/generated/control/enums";
import { canSee, isFrozen } from "@/lib/features/declaration/policy";
import { lockDeclaration } from "@/lib/features/declaration/lock-declaration";
import type { DeclarationDoc } from "@/lib/features/declaration/document-schema";
import { articleLabel, articleNumbers } from "@/lib/features/declaration/document-text";
import { addCommentMark, blockPlainText, selectionQuote, type PMDoc } from "@/lib/features/declaration/comment-anchors";
import { withdrawFromPublication } from "@/lib/features/declaration/withdraw-comment";
import { consultationPath } from "@/lib/features/declaration/consultation-notify";
import { commentsOn } from "../comments-on";
import { ZCommentBody, ZCommentMentions } from "../schema";
import type { CommentTarget } from "../target";

/**
 * Comments on the declaration (its consultation): on a passage — a `comment` mark added to the
 * current version's JSON in place (marks only, never text; the save path carries the marks over,
 * lib/features/declaration/reconcile-comments.ts) — on the whole draft, or a reply. Mentions are
 * checked against the city's members; the commenter may agree to be named on public pages. A
 * comment hidden or deleted after the summary was published leaves the publication at once
 * (withdraw-comment.ts; the action refreshes the public cache).
 */

type Declaration = Awaited<ReturnType<typeof lockDeclaration>>;

export const ZCommentSelection = z.object({
  blockIndex: z.number().int().min(0).max(20_000),
  from: z.number().int().min(0),
  to: z.number().int().min(1),
});

export const ZCommentCreate = z
  .object({
    declarationId: z.uuid({ error: "consultation.validation.invalid" }),
    body: ZCommentBody,
    /** A passage (block index + offsets in its text); absent for a comment on the whole draft or a reply. */
    selection: ZCommentSelection.optional(),
    /** The thread's first comment, for a reply. */
    parentId: z.uuid().optional(),
    mentions: ZCommentMentions.default([]),
    publicNameConsent: z.boolean().default(false),
  })
  .refine((v) => !(v.selection && v.parentId), { error: "consultation.validation.invalid" })
  .refine((v) => !v.selection || v.selection.to > v.selection.from, { error: "consultation.validation.selectionEmpty", path: ["selection"] });
export type TCommentCreate = z.input<typeof ZCommentCreate>;

const today = (now: Date) => new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);

/**
 * Who may comment now: officers, admins and council members while the text is not frozen (the
 * council is involved from the first draft, policy.ts canSee); advisory council members only
 * while the consultation is open (status consultation and, when set, between its dates).
 */
export function mayComment(role: Role, d: Pick<Declaration, "status" | "consultationOpensOn" | "consultationClosesOn">, now = new Date()): boolean {
  if (!can(role, "declaration.comment") || !canSee(role, d.status)) return false;
  if (role !== "advisory_member") return !isFrozen(d.status);
  if (d.status !== "consultation") return false;
  const day = today(now);
  if (d.consultationOpensOn && day < d.consultationOpensOn) return false;
  if (d.consultationClosesOn && day > d.consultationClosesOn) return false;
  return true;
}

/** "Article 3 — Housing" for the article a block is in; "" for the preamble. */
export function articleLabelAt(doc: PMDoc, blockIndex: number, locale: string): string {
  const numbers = articleNumbers(doc as DeclarationDoc);
  const n = numbers[blockIndex] ?? 0;
  if (n === 0) return "";
  const heading = doc.content[numbers.indexOf(n)]!;
  return articleLabel(isLocale(locale) ? locale : "en", n, blockPlainText(heading));
}

/** Marks the selected passage in the current version (under the declaration's row lock) and returns its anchor, quote and article. */
async function markPassage(tx: CityTx, d: Declaration, selection: z.infer<typeof ZCommentSelection>) {
  const version = await tx.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: d.id, number: d.currentVersion } } });
  if (!version) throw new ValidationError({ selection: ["consultation.validation.noText"] });
  const doc = version.content as unknown as PMDoc;
  const anchorId = randomUUID().replaceAll("-", "");
  let marked: PMDoc;
  try {
    marked = addCommentMark(doc, selection, anchorId);
  } catch {
    throw new ValidationError({ selection: ["consultation.validation.selectionEmpty"] });
  }
  await tx.declarationVersion.update({ where: { id: version.id }, data: { content: marked as unknown as Prisma.InputJsonValue } });
  return { anchorId, quote: selectionQuote(doc, selection), articleLabel: articleLabelAt(doc, selection.blockIndex, d.locale) };
}

export const declarationTarget: CommentTarget<Declaration, z.output<typeof ZCommentCreate>, DeclarationComment> = {
  entity: "DeclarationComment",
  capabilities: { comment: "declaration.comment", moderate: "declaration.edit" },
  resolvable: true,
  addInput: ZCommentCreate,
  rows: (tx) => ({
    find: (id) => tx.declarationComment.findUnique({ where: { id } }),
    findInDocument: (id, declarationId) => tx.declarationComment.findFirst({ where: { id, declarationId } }),
    update: async (id, version, change) =>
      (await tx.declarationComment.updateMany({ where: { id, version }, data: { ...change, version: { increment: 1 } } })).count,
  }),
  // Locked: a comment mark and a save never both rewrite the current version from a stale read.
  loadDocument: (tx, input) => lockDeclaration(tx, input.declarationId),
  documentId: (d) => d.id,
  mayComment: (role, d, now) => mayComment(role, d, now),
  create: async (tx, d, input, parent, common) => {
    const passage = input.selection ? await markPassage(tx, d, input.selection) : { anchorId: null, quote: "", articleLabel: "" };
    return tx.declarationComment.create({
      data: {
        ...common,
        declarationId: d.id,
        versionNumber: d.currentVersion,
        anchorId: passage.anchorId,
        quote: passage.quote,
        articleLabel: parent ? parent.articleLabel : passage.articleLabel,
        publicNameConsent: input.publicNameConsent,
      },
    });
  },
  link: (citySlug, c) => consultationPath(citySlug, c.id),
  withdrawn: async (tx, audit, c) => {
    await withdrawFromPublication(tx, audit, c);
  },
};

export const declarationComments = commentsOn(declarationTarget);
