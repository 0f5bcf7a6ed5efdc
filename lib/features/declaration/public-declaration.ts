/**
 * The declaration as the city publishes it (part of the publication snapshot, lib/features/publication/site):
 * the newest declaration with status "published" — its text (the current, frozen version, with
 * comment marks removed), adoption data and, only when the city chose to publish it
 * (summaryPublishedAt), the consultation summary: outcomes, reasons and comments, hidden and
 * deleted comments never, commenters' names only with their consent. Drafts never get here.
 * No "server-only": the e2e seed publishes under plain Node.
 */
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { userNames } from "@/lib/kernel/records/people";
import type { PublicComment, PublicConsultationSummary, PublicDeclaration, PublicLocale } from "@/lib/features/publication/site/types";
import { findAnchors, removeCommentMark, type PMDoc } from "./comment-anchors";
import { consultationStats } from "./consultation-stats";
import { articleLabel, articleNumbers, blockText } from "./document-text";
import type { DeclarationDoc } from "./document-schema";
import { isoDate } from "@/lib/kernel/dates";

type Row = Awaited<ReturnType<CityDb["declarationComment"]["findMany"]>>[number];

function withoutComments(doc: PMDoc): PMDoc {
  let out = doc;
  for (const id of findAnchors(doc).keys()) out = removeCommentMark(out, id);
  return out;
}

async function consentingNames(rows: Row[]): Promise<Map<string, string>> {
  // Only the ids of authors who agreed are even looked up.
  return userNames(rows.filter((r) => r.publicNameConsent).map((r) => r.authorId));
}

function summaryOf(rows: Row[], doc: DeclarationDoc, locale: PublicLocale, names: Map<string, string>): PublicConsultationSummary {
  const live = rows.filter((r) => !r.hiddenAt && !r.deletedAt);
  const author = (r: Row) => (r.publicNameConsent && r.authorId ? (names.get(r.authorId) ?? null) : null);
  const replies = new Map<string, Row[]>();
  for (const r of live) if (r.parentId) replies.set(r.parentId, [...(replies.get(r.parentId) ?? []), r]);
  const anchors = findAnchors(doc as PMDoc);
  const numbers = articleNumbers(doc);
  const labelOf = (blockIndex: number) => {
    const n = numbers[blockIndex] ?? 0;
    return n ? articleLabel(locale, n, blockText(doc.content[numbers.indexOf(n)]!)) : "";
  };
  const toPublic = (r: Row): PublicComment => ({
    id: r.id,
    quote: r.quote,
    body: r.body,
    author: author(r),
    outcome: r.outcome,
    reason: r.outcomeReason,
    replies: (replies.get(r.id) ?? []).map((x) => ({ id: x.id, body: x.body, author: author(x) })),
  });
  const threads = live.filter((r) => !r.parentId);
  const placed = threads
    .filter((r) => r.anchorId && !r.orphanedAt && anchors.has(r.anchorId))
    .sort((a, b) => anchors.get(a.anchorId!)!.blockIndex - anchors.get(b.anchorId!)!.blockIndex);
  const groups: PublicConsultationSummary["groups"] = [];
  for (const r of placed) {
    const label = labelOf(anchors.get(r.anchorId!)!.blockIndex);
    const last = groups.at(-1);
    if (last && last.label === label && (last.kind === "article" || last.kind === "preamble")) last.comments.push(toPublic(r));
    else groups.push({ kind: label ? "article" : "preamble", label, comments: [toPublic(r)] });
  }
  const whole = threads.filter((r) => !r.anchorId);
  if (whole.length) groups.push({ kind: "whole", label: "", comments: whole.map(toPublic) });
  const orphaned = threads.filter((r) => r.anchorId && (r.orphanedAt || !anchors.has(r.anchorId)));
  if (orphaned.length) groups.push({ kind: "orphaned", label: "", comments: orphaned.map(toPublic) });
  return { stats: consultationStats(rows), groups };
}

/** The declaration in force: the newest one published (with a text). */
export function findPublishedDeclaration(db: CityTx | CityDb) {
  return db.declaration.findFirst({ where: { status: "published", currentVersion: { gt: 0 } }, orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }] });
}

export async function readPublicDeclaration(db: CityTx | CityDb): Promise<PublicDeclaration | null> {
  const d = await findPublishedDeclaration(db);
  if (!d) return null;
  const version = await db.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: d.id, number: d.currentVersion } } });
  if (!version) return null;
  const locale: PublicLocale = d.locale === "nl" ? "nl" : "en";
  const doc = version.content as unknown as DeclarationDoc;
  let summary: PublicConsultationSummary | null = null;
  if (d.summaryPublishedAt) {
    const rows = await db.declarationComment.findMany({ where: { declarationId: d.id }, orderBy: { createdAt: "asc" } });
    summary = summaryOf(rows, doc, locale, await consentingNames(rows.filter((r) => !r.hiddenAt && !r.deletedAt)));
  }
  const hasVote = d.voteFor !== null || d.voteAgainst !== null || d.voteAbstain !== null;
  return {
    id: d.id,
    title: d.title,
    locale,
    content: withoutComments(doc as PMDoc),
    versionNumber: version.number,
    adoptedOn: d.adoptedOn ? isoDate(d.adoptedOn) : null,
    councilResolutionRef: d.councilResolutionRef?.trim() || null,
    vote: hasVote ? { for: d.voteFor, against: d.voteAgainst, abstain: d.voteAbstain } : null,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    summary,
  };
}
