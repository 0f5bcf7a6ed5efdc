/**
 * Comments on an annual report's draft, in the declaration consultation's way: on a passage of a
 * narrative section (the quoted text must be in it), on a whole section, on the whole report, or a
 * reply in a thread (one level deep); officers answer each thread with an outcome and a reason,
 * which the commenter sees on the report page and is notified of (lib/features/declaration/consultation-notify.ts).
 * The counts are the declaration's consultationStats.
 *
 * Narrative sections are plain text, so a passage is anchored by its quote rather than by a mark
 * in the text: after the section is edited the comment keeps its quote and shows whether the
 * passage is still there.
 *
 * Moderation follows the declaration's rules (lib/features/declaration/comments.ts): the author edits within
 * COMMENT_EDIT_WINDOW_MS and deletes (soft: the body is emptied and kept only in the audit log;
 * replies stay); officers hide with a reason and show again. Like the declaration's, moderation
 * stays possible after the report is approved or published: neither the generated figures nor
 * the published report contain comments (they are frozen when generated), and an author must be
 * able to withdraw a comment, and an officer to hide an abusive one, at any time.
 */
import "server-only";
import { auditedTransaction, type AuditEntry, type CityTx } from "@/lib/kernel/records/audited";
import { can } from "@/lib/kernel/auth/permissions";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { consultationStats, type ConsultationStats } from "@/lib/features/declaration/consultation-stats";
import { cityRecipients, excerpt, notify, type PendingMail } from "@/lib/features/declaration/consultation-notify";
import { COMMENT_EDIT_WINDOW_MS, type CommentOutcomeValue } from "@/lib/features/declaration/comment-schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { Prisma, ReportComment } from "@/lib/generated/city/client";
import type { Role } from "@/lib/generated/control/enums";
import type { ReportStatusValue } from "./schema";
import {
  ZReportCommentAdd,
  ZReportCommentEdit,
  ZReportCommentHide,
  ZReportCommentRef,
  type TReportCommentAdd,
  type TReportCommentEdit,
  type TReportCommentHide,
  type TReportCommentOutcome,
  type TReportCommentRef,
} from "./comment-schema";

export interface ReportCommentActor {
  db: CityDb;
  actorId: string;
  actorName: string;
  role: Role;
  city: { id: string; slug: string; name: string; defaultLocale: string };
}

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

const isOfficer = (role: Role) => can(role, "report.edit");

/** What the audit log keeps of a comment (the body too: after a delete it is only there). */
const pick = (c: ReportComment) => ({
  id: c.id,
  reportId: c.reportId,
  sectionId: c.sectionId,
  parentId: c.parentId,
  quote: c.quote,
  body: c.body,
  authorId: c.authorId,
  outcome: c.outcome,
  outcomeReason: c.outcomeReason,
  editedAt: c.editedAt,
  deletedAt: c.deletedAt,
  hiddenAt: c.hiddenAt,
  hiddenBy: c.hiddenBy,
  hiddenReason: c.hiddenReason,
  version: c.version,
});

export async function addReportComment(actor: ReportCommentActor, raw: TReportCommentAdd, now = new Date()): Promise<{ id: string }> {
  const input = ZReportCommentAdd.parse(raw);
  let pending: PendingMail | null = null;
  const created = await auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const report = await tx.annualReport.findUnique({ where: { id: input.reportId }, select: { id: true, status: true } });
    if (!report) throw new NotFoundError();
    if (!mayCommentOnReport(actor.role, report.status)) throw new ForbiddenError();

    let parent: ReportComment | null = null;
    if (input.parentId) {
      parent = await tx.reportComment.findFirst({ where: { id: input.parentId, reportId: report.id } });
      if (!parent) throw new NotFoundError();
      // Threads are one level deep: a reply to a reply joins the thread of the first comment.
      if (parent.parentId) parent = await tx.reportComment.findUnique({ where: { id: parent.parentId } });
      if (!parent) throw new NotFoundError();
    }
    if (input.sectionId) {
      const section = await tx.reportSection.findFirst({ where: { id: input.sectionId, reportId: report.id }, select: { content: true } });
      if (!section) throw new NotFoundError();
      if (input.quote && !section.content.includes(input.quote)) throw new ValidationError({ quote: ["reports.comments.quoteNotFound"] });
    }
    const row = await tx.reportComment.create({
      data: {
        reportId: report.id,
        sectionId: input.sectionId ?? null,
        parentId: parent?.id ?? null,
        quote: input.quote,
        body: input.body,
        authorId: actor.actorId,
        createdAt: now,
        createdBy: actor.actorId,
        updatedBy: actor.actorId,
      },
    });
    await audit({ action: "create", entity: "ReportComment", entityId: row.id, after: pick(row) });
    if (parent?.authorId && parent.authorId !== actor.actorId && !parent.deletedAt) {
      const to = await cityRecipients(actor.city, { ids: [parent.authorId] });
      pending = await notify(tx, actor.city, to, { kind: "comment_reply", actorName: actor.actorName, excerpt: excerpt(input.body) }, reportCommentPath(actor.city.slug, report.id, row.id), now);
    }
    return { id: row.id };
  });
  await (pending as PendingMail | null)?.send();
  return created;
}

/** An officer's answer to a thread: what became of the comment, and why. The commenter is notified. */
export async function setReportCommentOutcome(actor: ReportCommentActor, input: TReportCommentOutcome, now = new Date()) {
  if (!can(actor.role, "report.edit")) throw new ForbiddenError();
  let pending: PendingMail | null = null;
  const saved = await auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const before = await tx.reportComment.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(pick(before));
    if (before.parentId) throw new ValidationError({ id: ["consultation.validation.threadOnly"] });
    // The published report is frozen with its consultation figures; an approved one can still be answered.
    const report = await tx.annualReport.findUniqueOrThrow({ where: { id: before.reportId }, select: { status: true } });
    if (report.status === "published") throw new ValidationError({ status: ["reports.validation.published"] });
    const after = await tx.reportComment.update({
      where: { id: before.id, version: input.version },
      data: { outcome: input.outcome, outcomeReason: input.reason, outcomeBy: actor.actorId, outcomeAt: now, version: { increment: 1 }, updatedBy: actor.actorId },
    });
    await audit({ action: "outcome", entity: "ReportComment", entityId: before.id, before: pick(before), after: pick(after) });
    if (before.authorId && before.authorId !== actor.actorId && !before.deletedAt) {
      const to = await cityRecipients(actor.city, { ids: [before.authorId] });
      pending = await notify(
        tx,
        actor.city,
        to,
        { kind: "comment_outcome", outcome: input.outcome, reason: input.reason, excerpt: excerpt(before.quote || before.body) },
        reportCommentPath(actor.city.slug, before.reportId, before.id),
        now,
      );
    }
    return pick(after);
  });
  await (pending as PendingMail | null)?.send();
  return saved;
}

/**
 * Loads a comment for a change: 404 for an id that is not one of this city's (each city has its
 * own schema). Who may change it is checked before the version, because a conflict answers with
 * the stored comment and must not show it to someone who may not change it.
 */
async function forChange(tx: CityTx, id: string, may: (c: ReportComment) => boolean): Promise<ReportComment> {
  const c = await tx.reportComment.findUnique({ where: { id } });
  if (!c) throw new NotFoundError();
  if (!may(c)) throw new ForbiddenError();
  return c;
}

/**
 * What a conflict sends back to the browser: enough to say that the comment changed, nothing an
 * officer's moderation keeps from its author (the reason, who hid it, a hidden text).
 */
const stored = (c: ReportComment) => ({ id: c.id, version: c.version, body: c.deletedAt || c.hiddenAt ? "" : c.body, editedAt: c.editedAt });

function assertVersion(c: ReportComment, version: number): void {
  if (c.version !== version) throw new ConflictError(stored(c));
}

/** Saves a change if nobody saved since `before` was read, and audits it with before and after. */
async function save(
  tx: CityTx,
  audit: (e: AuditEntry) => Promise<void>,
  actorId: string,
  before: ReportComment,
  action: string,
  data: Prisma.ReportCommentUpdateManyMutationInput,
) {
  const { count } = await tx.reportComment.updateMany({
    where: { id: before.id, version: before.version },
    data: { ...data, version: { increment: 1 }, updatedBy: actorId },
  });
  if (count === 0) throw new ConflictError(stored(await tx.reportComment.findUniqueOrThrow({ where: { id: before.id } })));
  const after = await tx.reportComment.findUniqueOrThrow({ where: { id: before.id } });
  await audit({ action, entity: "ReportComment", entityId: before.id, before: pick(before), after: pick(after) });
  return { id: after.id, version: after.version };
}

/** The author corrects their comment within COMMENT_EDIT_WINDOW_MS; a hidden or deleted one stays as it is. */
export async function editReportComment(actor: ReportCommentActor, raw: TReportCommentEdit, now = new Date()) {
  const input = ZReportCommentEdit.parse(raw);
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, (x) => x.authorId === actor.actorId);
    assertVersion(c, input.version);
    if (c.deletedAt || c.hiddenAt) throw new ForbiddenError();
    if (now.getTime() - c.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS) throw new ValidationError({ body: ["consultation.validation.editWindowPassed"] });
    return save(tx, audit, actor.actorId, c, "update", { body: input.body, editedAt: now });
  });
}

/**
 * The author deletes their comment: the body is emptied (the audit log keeps it) and its replies
 * stay. Deleting again answers with the deleted comment, whatever version was sent (a retry or a
 * second click is not a conflict).
 */
export async function deleteReportComment(actor: ReportCommentActor, raw: TReportCommentRef, now = new Date()) {
  const input = ZReportCommentRef.parse(raw);
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, (x) => x.authorId === actor.actorId);
    if (c.deletedAt) return { id: c.id, version: c.version };
    assertVersion(c, input.version);
    return save(tx, audit, actor.actorId, c, "delete", { deletedAt: now, body: "" });
  });
}

/** An officer hides a comment from everyone but officers, with a reason (kept with it and in the log). */
export async function hideReportComment(actor: ReportCommentActor, raw: TReportCommentHide, now = new Date()) {
  if (!isOfficer(actor.role)) throw new ForbiddenError();
  const input = ZReportCommentHide.parse(raw);
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, () => true);
    assertVersion(c, input.version);
    return save(tx, audit, actor.actorId, c, "hide", { hiddenAt: now, hiddenBy: actor.actorId, hiddenReason: input.reason });
  });
}

export async function unhideReportComment(actor: ReportCommentActor, raw: TReportCommentRef) {
  if (!isOfficer(actor.role)) throw new ForbiddenError();
  const input = ZReportCommentRef.parse(raw);
  return auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const c = await forChange(tx, input.id, () => true);
    assertVersion(c, input.version);
    return save(tx, audit, actor.actorId, c, "unhide", { hiddenAt: null, hiddenBy: null, hiddenReason: "" });
  });
}

export interface ReportCommentView {
  id: string;
  /** "" when deleted, and when hidden from this viewer. */
  body: string;
  state: "visible" | "hidden" | "deleted";
  /** The officer's reason, for officers only. */
  hiddenReason: string;
  /** Null when deleted or hidden from this viewer (the comment is a placeholder then). */
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  editedAt: Date | null;
  isMine: boolean;
  /** The viewer wrote it, it is visible, and the edit window is still open. */
  canEdit: boolean;
  version: number;
}

export interface ReportThreadView extends ReportCommentView {
  /** "" for the whole report; else the section's topic/kind/language. */
  section: { topic: string; kind: string; locale: string } | null;
  quote: string;
  /** False when the quoted passage is no longer in the section's text (it was edited since). */
  quoteFound: boolean;
  outcome: CommentOutcomeValue | null;
  outcomeReason: string;
  outcomeAt: Date | null;
  outcomeByName: string | null;
  replies: ReportCommentView[];
}

type Row = ReportComment & { section: { topic: string; kind: string; locale: string; content: string } | null };

/**
 * Every thread of a report as `viewer` may see it, oldest first, with names and outcomes, and the
 * counts. As on the declaration's consultation page: a hidden comment keeps its place, readable
 * (with the reason) by officers only and a placeholder for everyone else, its replies shown under
 * it; a deleted comment loses its text and name and stays only while it has replies; deleted
 * replies are left out. Hidden and deleted comments count nowhere.
 */
export async function loadReportComments(
  db: CityDb,
  reportId: string,
  viewer: { id: string; role: Role },
  now = new Date(),
): Promise<{ threads: ReportThreadView[]; stats: ConsultationStats }> {
  const rows: Row[] = await db.reportComment.findMany({
    where: { reportId },
    include: { section: { select: { topic: true, kind: true, locale: true, content: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const officer = isOfficer(viewer.role);
  const people = [...new Set(rows.flatMap((r) => [r.authorId, r.outcomeBy]).filter((x): x is string => x !== null))];
  const users = people.length ? await controlDb().user.findMany({ where: { id: { in: people } }, select: { id: true, name: true, email: true } }) : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name || u.email]));
  const name = (id: string | null) => (id ? (nameOf.get(id) ?? null) : null);

  const view = (r: Row): ReportCommentView => {
    const state = r.deletedAt ? "deleted" : r.hiddenAt ? "hidden" : "visible";
    const readable = state === "visible" || (state === "hidden" && officer);
    const authorId = readable ? r.authorId : null;
    return {
      id: r.id,
      body: readable ? r.body : "",
      state,
      hiddenReason: officer ? r.hiddenReason : "",
      authorId,
      authorName: name(authorId),
      createdAt: r.createdAt,
      editedAt: readable ? r.editedAt : null,
      // Its author may still delete a comment an officer hid (and sees that it was hidden).
      isMine: state !== "deleted" && r.authorId === viewer.id,
      canEdit: state === "visible" && r.authorId === viewer.id && now.getTime() - r.createdAt.getTime() <= COMMENT_EDIT_WINDOW_MS,
      version: r.version,
    };
  };
  const threads = rows
    .filter((r) => !r.parentId)
    .map(
      (r): ReportThreadView => ({
        ...view(r),
        section: r.section ? { topic: r.section.topic, kind: r.section.kind, locale: r.section.locale } : null,
        quote: r.quote,
        quoteFound: !r.quote || (r.section?.content.includes(r.quote) ?? false),
        outcome: r.outcome,
        outcomeReason: r.outcomeReason,
        outcomeAt: r.outcomeAt,
        outcomeByName: name(r.outcomeBy),
        replies: rows.filter((x) => x.parentId === r.id && !x.deletedAt).map(view),
      }),
    )
    .filter((t) => t.state !== "deleted" || t.replies.length > 0);
  const stats = consultationStats(rows);
  return { threads, stats };
}
