/**
 * Comments on an annual report's draft, in the declaration consultation's way: on a passage of a
 * narrative section (the quoted text must be in it), on a whole section, on the whole report, or a
 * reply in a thread (one level deep); officers answer each thread with an outcome and a reason,
 * which the commenter sees on the report page and is notified of (lib/declaration/consultation-notify.ts).
 * The counts are the declaration's consultationStats.
 *
 * Narrative sections are plain text, so a passage is anchored by its quote rather than by a mark
 * in the text: after the section is edited the comment keeps its quote and shows whether the
 * passage is still there.
 */
import "server-only";
import { auditedTransaction } from "@/lib/city-data/audited";
import { can } from "@/lib/auth/permissions";
import type { CityDb } from "@/lib/db/city-clients";
import { controlDb } from "@/lib/db/control";
import { consultationStats, type ConsultationStats } from "@/lib/declaration/consultation-stats";
import { cityRecipients, excerpt, notify, type PendingMail } from "@/lib/declaration/consultation-notify";
import type { CommentOutcomeValue } from "@/lib/declaration/comment-schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/control/enums";
import type { ReportStatusValue } from "./schema";
import { ZReportCommentAdd, type TReportCommentAdd, type TReportCommentOutcome } from "./comment-schema";

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

const pick = <T extends { id: string; reportId: string; sectionId: string | null; parentId: string | null; quote: string; body: string; authorId: string | null; outcome: string | null; outcomeReason: string; version: number }>(c: T) => ({
  id: c.id,
  reportId: c.reportId,
  sectionId: c.sectionId,
  parentId: c.parentId,
  quote: c.quote,
  body: c.body,
  authorId: c.authorId,
  outcome: c.outcome,
  outcomeReason: c.outcomeReason,
  version: c.version,
});

export async function addReportComment(actor: ReportCommentActor, raw: TReportCommentAdd, now = new Date()): Promise<{ id: string }> {
  const input = ZReportCommentAdd.parse(raw);
  let pending: PendingMail | null = null;
  const created = await auditedTransaction(actor.db, actor.actorId, async (tx, audit) => {
    const report = await tx.annualReport.findUnique({ where: { id: input.reportId }, select: { id: true, status: true } });
    if (!report) throw new NotFoundError();
    if (!mayCommentOnReport(actor.role, report.status)) throw new ForbiddenError();

    let parent: { id: string; authorId: string | null; body: string; quote: string; parentId: string | null } | null = null;
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
    if (parent?.authorId && parent.authorId !== actor.actorId) {
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
    const after = await tx.reportComment.update({
      where: { id: before.id, version: input.version },
      data: { outcome: input.outcome, outcomeReason: input.reason, outcomeBy: actor.actorId, outcomeAt: now, version: { increment: 1 }, updatedBy: actor.actorId },
    });
    await audit({ action: "outcome", entity: "ReportComment", entityId: before.id, before: pick(before), after: pick(after) });
    if (before.authorId && before.authorId !== actor.actorId) {
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

export interface ReportCommentView {
  id: string;
  body: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
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

/** Every thread of a report, oldest first, with names and outcomes, and the counts. */
export async function loadReportComments(db: CityDb, reportId: string): Promise<{ threads: ReportThreadView[]; stats: ConsultationStats }> {
  const rows = await db.reportComment.findMany({
    where: { reportId },
    include: { section: { select: { topic: true, kind: true, locale: true, content: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const people = [...new Set(rows.flatMap((r) => [r.authorId, r.outcomeBy]).filter((x): x is string => x !== null))];
  const users = people.length ? await controlDb().user.findMany({ where: { id: { in: people } }, select: { id: true, name: true, email: true } }) : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name || u.email]));
  const name = (id: string | null) => (id ? (nameOf.get(id) ?? null) : null);
  const base = (r: (typeof rows)[number]): ReportCommentView => ({ id: r.id, body: r.body, authorId: r.authorId, authorName: name(r.authorId), createdAt: r.createdAt, version: r.version });
  const threads = rows
    .filter((r) => !r.parentId)
    .map(
      (r): ReportThreadView => ({
        ...base(r),
        section: r.section ? { topic: r.section.topic, kind: r.section.kind, locale: r.section.locale } : null,
        quote: r.quote,
        quoteFound: !r.quote || (r.section?.content.includes(r.quote) ?? false),
        outcome: r.outcome,
        outcomeReason: r.outcomeReason,
        outcomeAt: r.outcomeAt,
        outcomeByName: name(r.outcomeBy),
        replies: rows.filter((x) => x.parentId === r.id).map(base),
      }),
    );
  const stats = consultationStats(rows.map((r) => ({ authorId: r.authorId, parentId: r.parentId, outcome: r.outcome, hiddenAt: null, deletedAt: null })));
  return { threads, stats };
}
