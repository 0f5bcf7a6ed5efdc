import "server-only";
import { randomUUID } from "node:crypto";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/city/client";
import type { Role } from "@/lib/generated/control/enums";
import { can } from "@/lib/kernel/auth/permissions";
import { isLocale } from "@/lib/kernel/i18n/locales";
import { canSee, isFrozen } from "./lifecycle";
import { lockDeclaration } from "./lock-declaration";
import type { DeclarationDoc } from "./document-schema";
import { articleLabel, articleNumbers } from "./document-text";
import { addCommentMark, blockPlainText, selectionQuote, type PMDoc } from "./comment-anchors";
import {
  COMMENT_EDIT_WINDOW_MS,
  ZCommentCreate,
  type CommentOutcomeValue,
  type TCommentCreate,
} from "./comment-schema";
import { cityRecipients, consultationPath, excerpt, notify, type PendingMail } from "./consultation-notify";
import { withdrawFromPublication } from "./withdraw-comment";

/**
 * Comments on the declaration: on a passage (a `comment` mark added to the current version's
 * text), on the whole draft, or a reply in a thread; edited within a window and soft-deleted by
 * their author; hidden with a reason, answered with an outcome, resolved and reopened by
 * officers. Every change is audited and version-checked.
 *
 * Adding a comment mark changes the current version's JSON in place: only marks, never the text.
 * Versions are otherwise never changed (the save path adds new ones and carries the marks over,
 * lib/features/declaration/reconcile-comments.ts).
 */

export interface CommentActor {
  db: CityDb;
  actorId: string;
  actorName: string;
  role: Role;
  city: { id: string; slug: string; name: string; defaultLocale: string };
}

type Decl = NonNullable<Awaited<ReturnType<CityTx["declaration"]["findUnique"]>>>;
type CommentRow = NonNullable<Awaited<ReturnType<CityTx["declarationComment"]["findUnique"]>>>;

const isEditor = (role: Role) => can(role, "declaration.edit");

const today = (now: Date) => new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);

/**
 * Who may comment now: officers, admins and council members while the text is not frozen (the
 * council is involved from the first draft, lifecycle.ts canSee); advisory council members only
 * while the consultation is open (status consultation and, when set, between its dates).
 */
export function mayComment(role: Role, d: Pick<Decl, "status" | "consultationOpensOn" | "consultationClosesOn">, now = new Date()): boolean {
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

async function mentionable(actor: CommentActor, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)].filter((id) => id !== actor.actorId);
  if (unique.length === 0) return [];
  const members = await cityRecipients(actor.city, { ids: unique });
  if (members.length !== unique.length) throw new ValidationError({ mentions: ["consultation.validation.mentionNotMember"] });
  return unique;
}

export async function addComment(actor: CommentActor, raw: TCommentCreate, now = new Date()) {
  const input = ZCommentCreate.parse(raw);
  const mentions = await mentionable(actor, input.mentions);
  const pending: PendingMail[] = [];
  const created = await auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const d = await lockDeclaration(tx, input.declarationId);
    if (!mayComment(actor.role, d, now)) throw new ForbiddenError();

    let parent: CommentRow | null = null;
    if (input.parentId) {
      parent = await tx.declarationComment.findFirst({ where: { id: input.parentId, declarationId: d.id } });
      if (!parent) throw new NotFoundError();
      // Threads are one level deep: a reply to a reply joins the thread of the first comment.
      if (parent.parentId) parent = await tx.declarationComment.findUnique({ where: { id: parent.parentId } });
      if (!parent) throw new NotFoundError();
    }

    let anchorId: string | null = null;
    let quote = "";
    let articleLabel = "";
    if (input.selection) {
      const version = await tx.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: d.id, number: d.currentVersion } } });
      if (!version) throw new ValidationError({ selection: ["consultation.validation.noText"] });
      const doc = version.content as unknown as PMDoc;
      anchorId = randomUUID().replaceAll("-", "");
      let marked: PMDoc;
      try {
        marked = addCommentMark(doc, input.selection, anchorId);
      } catch {
        throw new ValidationError({ selection: ["consultation.validation.selectionEmpty"] });
      }
      quote = selectionQuote(doc, input.selection);
      articleLabel = articleLabelAt(doc, input.selection.blockIndex, d.locale);
      await tx.declarationVersion.update({ where: { id: version.id }, data: { content: marked as unknown as Prisma.InputJsonValue } });
    }

    const comment = await tx.declarationComment.create({
      data: {
        declarationId: d.id,
        versionNumber: d.currentVersion,
        anchorId,
        quote,
        articleLabel: parent ? parent.articleLabel : articleLabel,
        body: input.body,
        authorId: actor.actorId,
        parentId: parent?.id ?? null,
        mentions,
        publicNameConsent: input.publicNameConsent,
        createdBy: actor.actorId,
        updatedBy: actor.actorId,
        createdAt: now,
      },
    });
    await audit({ action: "create", entity: "DeclarationComment", entityId: comment.id, after: comment });

    const link = consultationPath(actor.city.slug, comment.id);
    const text = excerpt(input.body);
    if (parent?.authorId && parent.authorId !== actor.actorId && !parent.deletedAt && !mentions.includes(parent.authorId)) {
      const to = await cityRecipients(actor.city, { ids: [parent.authorId] });
      pending.push(await notify(tx, actor.city, to, { kind: "comment_reply", actorName: actor.actorName, excerpt: text }, link, now));
    }
    if (mentions.length) {
      const to = await cityRecipients(actor.city, { ids: mentions });
      pending.push(await notify(tx, actor.city, to, { kind: "comment_mention", actorName: actor.actorName, excerpt: text }, link, now));
    }
    return comment;
  });
  for (const p of pending) await p.send();
  return created;
}

/**
 * What a conflict sends back to the browser: enough to say that the comment changed, nothing an
 * officer's moderation keeps from others (a hidden text, the reason, who hid it).
 */
const stored = (c: CommentRow) => ({
  id: c.id,
  version: c.version,
  body: c.deletedAt || c.hiddenAt ? "" : c.body,
  editedAt: c.editedAt,
  // The answer is the commenter's to read anyway; an officer's form shows it after a conflict.
  outcome: c.outcome,
  outcomeReason: c.outcomeReason,
  resolvedAt: c.resolvedAt,
});

/**
 * Loads a comment of this city for a change by someone `may` allows — checked before the version,
 * so a stale version never tells a member more than they may see — refusing a stale version.
 */
async function forChange(tx: CityTx, id: string, version: number, may: (c: CommentRow) => boolean): Promise<CommentRow> {
  const c = await tx.declarationComment.findUnique({ where: { id } });
  if (!c) throw new NotFoundError();
  if (!may(c)) throw new ForbiddenError();
  if (c.version !== version) throw new ConflictError(stored(c));
  return c;
}

async function save(
  tx: CityTx,
  audit: (e: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown }) => Promise<void>,
  actorId: string,
  before: CommentRow,
  action: string,
  data: Prisma.DeclarationCommentUpdateManyMutationInput,
): Promise<CommentRow> {
  const { count } = await tx.declarationComment.updateMany({
    where: { id: before.id, version: before.version },
    data: { ...data, version: { increment: 1 }, updatedBy: actorId },
  });
  if (count === 0) throw new ConflictError(stored((await tx.declarationComment.findUnique({ where: { id: before.id } }))!));
  const after = (await tx.declarationComment.findUnique({ where: { id: before.id } }))!;
  await audit({ action, entity: "DeclarationComment", entityId: before.id, before, after });
  return after;
}

/** The author corrects their comment within COMMENT_EDIT_WINDOW_MS; a hidden or deleted one stays as it is. */
export async function editComment(actor: CommentActor, input: { id: string; version: number; body: string }, now = new Date()) {
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, input.version, (x) => x.authorId === actor.actorId && !x.deletedAt && !x.hiddenAt);
    if (now.getTime() - c.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS) throw new ValidationError({ body: ["consultation.validation.editWindowPassed"] });
    return save(tx, audit, actor.actorId, c, "update", { body: input.body, editedAt: now });
  });
}

/**
 * The author deletes their own comment: the body is kept in the audit log only; replies stay.
 * A published summary loses it at once (withdraw-comment.ts; the caller refreshes the public cache).
 */
export async function deleteComment(actor: CommentActor, input: { id: string; version: number }, now = new Date()) {
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, input.version, (x) => x.authorId === actor.actorId);
    if (c.deletedAt) return c;
    const after = await save(tx, audit, actor.actorId, c, "delete", { deletedAt: now, body: "" });
    await withdrawFromPublication(tx, audit, c);
    return after;
  });
}

/**
 * An officer hides a comment from everyone but officers, with a reason (kept with it and in the
 * log). A published summary loses it at once (withdraw-comment.ts; the caller refreshes the public cache).
 */
export async function hideComment(actor: CommentActor, input: { id: string; version: number; reason: string }, now = new Date()) {
  if (!isEditor(actor.role)) throw new ForbiddenError();
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, input.version, () => true);
    const after = await save(tx, audit, actor.actorId, c, "hide", { hiddenAt: now, hiddenBy: actor.actorId, hiddenReason: input.reason });
    await withdrawFromPublication(tx, audit, c);
    return after;
  });
}

export async function unhideComment(actor: CommentActor, input: { id: string; version: number }) {
  if (!isEditor(actor.role)) throw new ForbiddenError();
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, input.version, () => true);
    return save(tx, audit, actor.actorId, c, "unhide", { hiddenAt: null, hiddenBy: null, hiddenReason: "" });
  });
}

/** Resolve or reopen a thread: officers, or the thread's author. */
export async function resolveComment(actor: CommentActor, input: { id: string; version: number; resolved: boolean }, now = new Date()) {
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, input.version, (x) => isEditor(actor.role) || x.authorId === actor.actorId);
    if (c.parentId) throw new ValidationError({ id: ["consultation.validation.threadOnly"] });
    return save(tx, audit, actor.actorId, c, input.resolved ? "resolve" : "reopen", input.resolved ? { resolvedAt: now, resolvedBy: actor.actorId } : { resolvedAt: null, resolvedBy: null });
  });
}

/** An officer answers a thread's first comment with an outcome and a reason; its author is told. */
export async function setCommentOutcome(
  actor: CommentActor,
  input: { id: string; version: number; outcome: CommentOutcomeValue; reason: string },
  now = new Date(),
) {
  if (!isEditor(actor.role)) throw new ForbiddenError();
  let pending: PendingMail | null = null;
  const saved = await auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, input.version, () => true);
    if (c.parentId) throw new ValidationError({ id: ["consultation.validation.threadOnly"] });
    const after = await save(tx, audit, actor.actorId, c, "outcome", { outcome: input.outcome, outcomeReason: input.reason, outcomeBy: actor.actorId, outcomeAt: now });
    if (c.authorId && c.authorId !== actor.actorId && !c.deletedAt) {
      const to = await cityRecipients(actor.city, { ids: [c.authorId] });
      pending = await notify(
        tx,
        actor.city,
        to,
        { kind: "comment_outcome", outcome: input.outcome, reason: input.reason, excerpt: excerpt(c.quote || c.body) },
        consultationPath(actor.city.slug, c.id),
        now,
      );
    }
    return after;
  });
  await (pending as PendingMail | null)?.send();
  return saved;
}
