import type { CommentOutcomeValue } from "@/lib/features/comments/schema";
import { COMMENT_OUTCOMES } from "@/lib/features/comments/schema";

/**
 * The consultation in numbers, for the summary page and (later) the annual report. Counted are
 * the comments that start a thread (those get an outcome) and replies separately; hidden and
 * deleted comments count nowhere.
 */
export interface CommentForStats {
  authorId: string | null;
  parentId: string | null;
  outcome: CommentOutcomeValue | null;
  hiddenAt: Date | null;
  deletedAt: Date | null;
}

export interface ConsultationStats {
  comments: number;
  replies: number;
  /** Distinct people who wrote a counted comment or reply. */
  commenters: number;
  /** Comments with an outcome. */
  answered: number;
  byOutcome: Record<CommentOutcomeValue, number>;
  /** Accepted (fully) among the answered comments, 0–1; null when none is answered. */
  acceptedShare: number | null;
  /** Accepted fully or partly among the answered comments, 0–1; null when none is answered. */
  acceptedOrPartlyShare: number | null;
}

export function consultationStats(rows: readonly CommentForStats[]): ConsultationStats {
  const live = rows.filter((r) => !r.hiddenAt && !r.deletedAt);
  const threads = live.filter((r) => !r.parentId);
  const byOutcome = Object.fromEntries(COMMENT_OUTCOMES.map((o) => [o, 0])) as Record<CommentOutcomeValue, number>;
  for (const r of threads) if (r.outcome) byOutcome[r.outcome]++;
  const answered = threads.filter((r) => r.outcome).length;
  return {
    comments: threads.length,
    replies: live.length - threads.length,
    commenters: new Set(live.map((r) => r.authorId).filter(Boolean)).size,
    answered,
    byOutcome,
    acceptedShare: answered ? byOutcome.accepted / answered : null,
    acceptedOrPartlyShare: answered ? (byOutcome.accepted + byOutcome.partly_accepted) / answered : null,
  };
}
