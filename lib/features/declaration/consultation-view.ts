import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { userNames } from "@/lib/kernel/records/people";
import type { Role } from "@/lib/generated/control/enums";
import { can } from "@/lib/kernel/auth/permissions";
import { findAnchors, type PMDoc } from "./comment-anchors";
import { COMMENT_EDIT_WINDOW_MS, type CommentOutcomeValue } from "@/lib/features/comments/schema";
import { articleLabelAt, mayComment } from "@/lib/features/comments/targets/declaration";
import { canSee } from "./policy";
import type { DeclarationStatus } from "@/lib/generated/city/enums";
import { consultationStats, type ConsultationStats } from "./consultation-stats";

/**
 * What the consultation page and the summary show, per viewer: hidden comments keep their place
 * but only officers read them (with the reason); deleted ones keep their place only when they
 * have replies, without their text.
 */
export interface CommentView {
  id: string;
  version: number;
  parentId: string | null;
  anchorId: string | null;
  quote: string;
  /** The article the passage is in now (or was in, for an orphaned comment); "" for the preamble or the whole draft. */
  articleLabel: string;
  body: string;
  state: "visible" | "hidden" | "deleted";
  hiddenReason: string;
  authorId: string | null;
  authorName: string;
  publicNameConsent: boolean;
  mentionNames: string[];
  isMine: boolean;
  canEdit: boolean;
  createdAt: Date;
  editedAt: Date | null;
  outcome: CommentOutcomeValue | null;
  outcomeReason: string;
  outcomeAt: Date | null;
  resolved: boolean;
  orphaned: boolean;
}

export interface ThreadView extends CommentView {
  replies: CommentView[];
}

export interface ConsultationData {
  declaration: {
    id: string;
    title: string;
    status: string;
    locale: string;
    currentVersion: number;
    consultationOpensOn: Date | null;
    consultationClosesOn: Date | null;
    summaryPublishedAt: Date | null;
    version: number;
  };
  content: PMDoc | null;
  threads: ThreadView[];
  stats: ConsultationStats;
  mayComment: boolean;
  isEditor: boolean;
}

/** The declaration being worked on: the newest that is not superseded by a published amendment. */
export async function findCurrentDeclaration(db: CityDb) {
  return db.declaration.findFirst({ where: { supersededAt: null }, orderBy: { createdAt: "desc" } });
}

export async function loadConsultation(
  db: CityDb,
  viewer: { id: string; role: Role },
  opts: { declarationId?: string; now?: Date } = {},
): Promise<ConsultationData | null> {
  const now = opts.now ?? new Date();
  const d = opts.declarationId ? await db.declaration.findUnique({ where: { id: opts.declarationId } }) : await findCurrentDeclaration(db);
  if (!d) return null;
  const editor = can(viewer.role, "declaration.edit");
  const version = d.currentVersion
    ? await db.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: d.id, number: d.currentVersion } } })
    : null;
  const content = (version?.content as unknown as PMDoc | undefined) ?? null;
  const rows = await db.declarationComment.findMany({ where: { declarationId: d.id }, orderBy: { createdAt: "asc" } });
  const names = await userNames(rows.flatMap((r) => [r.authorId, ...r.mentions].filter((x): x is string => !!x)));
  const anchors = content ? findAnchors(content) : new Map();

  const view = (r: (typeof rows)[number]): CommentView => {
    const state = r.deletedAt ? "deleted" : r.hiddenAt ? "hidden" : "visible";
    const readable = state === "visible" || (state === "hidden" && editor);
    const anchor = r.anchorId ? anchors.get(r.anchorId) : undefined;
    return {
      id: r.id,
      version: r.version,
      parentId: r.parentId,
      anchorId: r.anchorId,
      quote: r.quote,
      articleLabel: anchor && content ? articleLabelAt(content, anchor.blockIndex, d.locale) : r.articleLabel,
      body: readable ? r.body : "",
      state,
      hiddenReason: editor ? r.hiddenReason : "",
      authorId: r.authorId,
      authorName: r.authorId ? (names.get(r.authorId) ?? "") : "",
      publicNameConsent: r.publicNameConsent,
      mentionNames: r.mentions.map((m) => names.get(m) ?? "").filter(Boolean),
      isMine: r.authorId === viewer.id,
      canEdit: r.authorId === viewer.id && state === "visible" && now.getTime() - r.createdAt.getTime() <= COMMENT_EDIT_WINDOW_MS,
      createdAt: r.createdAt,
      editedAt: r.editedAt,
      outcome: r.outcome,
      outcomeReason: r.outcomeReason,
      outcomeAt: r.outcomeAt,
      resolved: !!r.resolvedAt,
      orphaned: !!r.orphanedAt,
    };
  };
  const replies = new Map<string, CommentView[]>();
  for (const r of rows) if (r.parentId) replies.set(r.parentId, [...(replies.get(r.parentId) ?? []), view(r)]);
  const threads = rows
    .filter((r) => !r.parentId)
    .map((r) => ({ ...view(r), replies: (replies.get(r.id) ?? []).filter((x) => x.state !== "deleted") }))
    .filter((t) => t.state !== "deleted" || t.replies.length > 0);

  return {
    declaration: {
      id: d.id,
      title: d.title,
      status: d.status,
      locale: d.locale,
      currentVersion: d.currentVersion,
      consultationOpensOn: d.consultationOpensOn,
      consultationClosesOn: d.consultationClosesOn,
      summaryPublishedAt: d.summaryPublishedAt,
      version: d.version,
    },
    content,
    threads,
    stats: consultationStats(rows),
    mayComment: mayComment(viewer.role, d, now),
    isEditor: editor,
  };
}

/** Who may see the consultation page at all: whoever may see the declaration in its status (policy.ts). */
export function mayViewConsultation(role: Role, status: string): boolean {
  return canSee(role, status as DeclarationStatus);
}

export interface SummaryGroup {
  /** "" = the preamble; "whole" = the whole draft; "orphaned" = passages no longer in the text. */
  key: string;
  label: string;
  threads: ThreadView[];
}

/** The summary's grouping: per article in text order, then comments on the whole draft, then orphaned passages. */
export function groupForSummary(data: ConsultationData): SummaryGroup[] {
  const order: string[] = [];
  const groups = new Map<string, ThreadView[]>();
  const add = (key: string, t: ThreadView) => {
    if (!groups.has(key)) {
      groups.set(key, []);
      order.push(key);
    }
    groups.get(key)!.push(t);
  };
  const anchors = data.content ? findAnchors(data.content) : new Map();
  const sorted = [...data.threads].filter((t) => t.state === "visible" || data.isEditor);
  sorted.sort((a, b) => (anchors.get(a.anchorId ?? "")?.blockIndex ?? 1e9) - (anchors.get(b.anchorId ?? "")?.blockIndex ?? 1e9));
  for (const t of sorted) {
    if (!t.anchorId) continue;
    if (t.orphaned || !anchors.has(t.anchorId)) continue;
    add(t.articleLabel, t);
  }
  for (const t of sorted) if (!t.anchorId) add("whole", t);
  for (const t of sorted) if (t.anchorId && (t.orphaned || !anchors.has(t.anchorId))) add("orphaned", t);
  return order.map((key) => ({ key, label: key === "whole" || key === "orphaned" ? "" : key, threads: groups.get(key)! }));
}
