import "server-only";
import { can } from "@/lib/kernel/auth/permissions";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { consultationStats, type ConsultationStats } from "@/lib/features/declaration/consultation-stats";
import { COMMENT_EDIT_WINDOW_MS, type CommentOutcomeValue } from "@/lib/features/comments/schema";
import type { ReportComment } from "@/lib/generated/city/client";
import type { Role } from "@/lib/generated/control/enums";

/**
 * The report page's comments (the writes are the comments engine's,
 * lib/features/comments/targets/report.ts). The counts are the declaration's consultationStats.
 */

const isOfficer = (role: Role) => can(role, "report.edit");

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
    .map((r): ReportThreadView => ({
      ...view(r),
      section: r.section ? { topic: r.section.topic, kind: r.section.kind, locale: r.section.locale } : null,
      quote: r.quote,
      quoteFound: !r.quote || (r.section?.content.includes(r.quote) ?? false),
      outcome: r.outcome,
      outcomeReason: r.outcomeReason,
      outcomeAt: r.outcomeAt,
      outcomeByName: name(r.outcomeBy),
      replies: rows.filter((x) => x.parentId === r.id && !x.deletedAt).map(view),
    }))
    .filter((t) => t.state !== "deleted" || t.replies.length > 0);
  const stats = consultationStats(rows);
  return { threads, stats };
}
