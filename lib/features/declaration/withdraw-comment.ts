/**
 * A consultation comment an officer hides, or its author deletes, leaves the public pages at once:
 * the published summary lives in the latest publication's snapshot (public-declaration.ts), which
 * otherwise changes only when the city publishes again. So the comment — a thread with its
 * replies, or one reply — is taken out of that snapshot in the same transaction as the hide or
 * delete, the summary's figures are counted again from what remains, and the caller refreshes
 * the city's public cache. Nothing else in the snapshot changes (outcomes answered since, say,
 * still wait for the next publication), and showing a comment again does not put it back: it
 * returns with the next publication.
 */
import type { AuditEntry, CityTx } from "@/lib/kernel/records/audited";
import type { Prisma } from "@/lib/generated/city/client";
import type { PublicComment, PublicConsultationSummary, PublicSnapshot } from "@/lib/features/publication/site/types";
import { consultationStats } from "./consultation-stats";

interface Withdrawn {
  id: string;
  declarationId: string;
  parentId: string | null;
  /** As it was before the hide or delete (a deletion empties it): older snapshots are matched by text. */
  body: string;
  quote: string;
}

const same = (entry: { id?: string; body: string; quote?: string }, c: Withdrawn) =>
  entry.id ? entry.id === c.id : entry.body === c.body && (entry.quote === undefined || entry.quote === c.quote);

function without(summary: PublicConsultationSummary, c: Withdrawn): PublicConsultationSummary | null {
  let changed = false;
  const groups = summary.groups
    .map((g) => ({
      ...g,
      comments: g.comments.flatMap((t): PublicComment[] => {
        if (!c.parentId && same(t, c)) {
          changed = true;
          return [];
        }
        const replies = c.parentId ? t.replies.filter((r) => !same(r, c)) : t.replies;
        if (replies.length !== t.replies.length) changed = true;
        return [{ ...t, replies }];
      }),
    }))
    .filter((g) => g.comments.length > 0);
  return changed ? { ...summary, groups } : null;
}

/** The figures of what remains; commenters from the comments' rows when the snapshot names them, else as before less none. */
async function recount(tx: CityTx, summary: PublicConsultationSummary, declarationId: string): Promise<PublicConsultationSummary["stats"]> {
  const threads = summary.groups.flatMap((g) => g.comments);
  const ids = threads.flatMap((t) => [t.id, ...t.replies.map((r) => r.id)]);
  const rows = ids.every(Boolean)
    ? await tx.declarationComment.findMany({ where: { id: { in: ids as string[] } }, select: { authorId: true } })
    : await tx.declarationComment.findMany({ where: { declarationId, hiddenAt: null, deletedAt: null }, select: { authorId: true } });
  const stats = consultationStats([
    ...threads.map((t) => ({ authorId: null, parentId: null, outcome: t.outcome, hiddenAt: null, deletedAt: null })),
    ...threads.flatMap((t) => t.replies.map(() => ({ authorId: null, parentId: "reply", outcome: null, hiddenAt: null, deletedAt: null }))),
  ]);
  return { ...stats, commenters: new Set(rows.map((r) => r.authorId).filter(Boolean)).size };
}

/** Takes the comment out of the latest publication; true when it was there (the caller refreshes the public cache). */
export async function withdrawFromPublication(tx: CityTx, audit: (e: AuditEntry) => Promise<void>, c: Withdrawn): Promise<boolean> {
  const latest = await tx.publication.findFirst({ orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { id: true, snapshot: true } });
  const snapshot = latest?.snapshot as PublicSnapshot | null | undefined;
  const declaration = snapshot?.declaration;
  if (!latest || !declaration?.summary) return false;
  if (
    declaration.id
      ? declaration.id !== c.declarationId
      : (await tx.declaration.findUnique({ where: { id: c.declarationId }, select: { title: true } }))?.title !== declaration.title
  ) {
    return false;
  }
  const remaining = without(declaration.summary, c);
  if (!remaining) return false;
  const summary = { ...remaining, stats: await recount(tx, remaining, c.declarationId) };
  const next = { ...snapshot, declaration: { ...declaration, summary } };
  await tx.publication.update({ where: { id: latest.id }, data: { snapshot: next as unknown as Prisma.InputJsonValue } });
  await audit({ action: "withdraw_comment", entity: "Publication", entityId: latest.id, after: { commentId: c.id } });
  return true;
}
