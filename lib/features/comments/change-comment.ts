import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type AuditEntry, type CityTx } from "@/lib/kernel/records/audited";
import { can } from "@/lib/kernel/auth/permissions";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { cityRecipients, commentNotice, excerpt, notify, type PendingMail } from "./notify";
import { parseInput } from "./parse-input";
import { COMMENT_EDIT_WINDOW_MS, ZCommentEdit, ZCommentHide, ZCommentOutcome, ZCommentRef, ZCommentResolve } from "./schema";
import type { CommentChange, CommentRow, TargetOf } from "./target";

/**
 * Every change to an existing comment, for every target: the author edits within
 * COMMENT_EDIT_WINDOW_MS and deletes (soft: the body is emptied and kept only in the audit log;
 * replies stay); officers hide with a reason and show again, answer a thread with an outcome and a
 * reason, and — where the target resolves threads — resolve and reopen (also the thread's author).
 * Each change is version-checked (optimistic concurrency) and audited with before and after in
 * the same transaction. Moderation stays possible whatever the document's state: an author must
 * be able to withdraw a comment, and an officer to hide an abusive one, at any time.
 */

// Someone who is not a member of the city (no role) moderates nothing.
const moderates = <Row extends CommentRow>(target: TargetOf<Row>, scope: CityScope) =>
  scope.actor.role !== null && can(scope.actor.role, target.capabilities.moderate);

/**
 * What a conflict sends back to the browser: enough to say that the comment changed, nothing an
 * officer's moderation keeps from others (a hidden text, the reason, who hid it). The answer is
 * the commenter's to read anyway; an officer's form shows it after a conflict.
 */
function stored(c: CommentRow) {
  return {
    id: c.id,
    version: c.version,
    body: c.deletedAt || c.hiddenAt ? "" : c.body,
    editedAt: c.editedAt,
    outcome: c.outcome,
    outcomeReason: c.outcomeReason,
    ...(c.resolvedAt === undefined ? {} : { resolvedAt: c.resolvedAt }),
  };
}

/**
 * Loads a comment of this city for a change by someone `may` allows — checked before the version,
 * so a stale version never tells a member more than they may see. An id of another city is not
 * found: each city has its own schema.
 */
async function forChange<Row extends CommentRow>(target: TargetOf<Row>, tx: CityTx, id: string, may: (c: Row) => boolean): Promise<Row> {
  const c = await target.rows(tx).find(id);
  if (!c) throw new NotFoundError();
  if (!may(c)) throw new ForbiddenError();
  return c;
}

function assertVersion(c: CommentRow, version: number): void {
  if (c.version !== version) throw new ConflictError(stored(c));
}

/** Saves a change if nobody saved since `before` was read, and audits it with before and after. */
async function save<Row extends CommentRow>(
  target: TargetOf<Row>,
  tx: CityTx,
  audit: (e: AuditEntry) => Promise<void>,
  actorId: string,
  before: Row,
  action: string,
  change: CommentChange,
): Promise<Row> {
  const rows = target.rows(tx);
  const count = await rows.update(before.id, before.version, { ...change, updatedBy: actorId });
  if (count === 0) throw new ConflictError(stored((await rows.find(before.id))!));
  const after = (await rows.find(before.id))!;
  await audit({ action, entity: target.entity, entityId: before.id, before, after });
  return after;
}

/** The author corrects their comment within COMMENT_EDIT_WINDOW_MS; a hidden or deleted one stays as it is. */
export async function editComment<Row extends CommentRow>(target: TargetOf<Row>, scope: CityScope, raw: unknown, now = new Date()): Promise<Row> {
  const input = parseInput(ZCommentEdit, raw);
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const c = await forChange(target, tx, input.id, (x) => x.authorId === scope.actor.id && !x.deletedAt && !x.hiddenAt);
    assertVersion(c, input.version);
    if (now.getTime() - c.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS) throw new ValidationError({ body: ["consultation.validation.editWindowPassed"] });
    return save(target, tx, audit, scope.actor.id, c, "update", { body: input.body, editedAt: now });
  });
}

/**
 * The author deletes their comment: the body is emptied (the audit log keeps it) and its replies
 * stay; the target takes it out of what is public. Deleting again answers with the deleted
 * comment, whatever version was sent (a retry or a second click is not a conflict).
 */
export async function deleteComment<Row extends CommentRow>(target: TargetOf<Row>, scope: CityScope, raw: unknown, now = new Date()): Promise<Row> {
  const input = parseInput(ZCommentRef, raw);
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const c = await forChange(target, tx, input.id, (x) => x.authorId === scope.actor.id);
    if (c.deletedAt) return c;
    assertVersion(c, input.version);
    const after = await save(target, tx, audit, scope.actor.id, c, "delete", { deletedAt: now, body: "" });
    await target.withdrawn?.(tx, audit, c);
    return after;
  });
}

/** An officer hides a comment from everyone but officers, with a reason (kept with it and in the log); the target takes it out of what is public. */
export async function hideComment<Row extends CommentRow>(target: TargetOf<Row>, scope: CityScope, raw: unknown, now = new Date()): Promise<Row> {
  if (!moderates(target, scope)) throw new ForbiddenError();
  const input = parseInput(ZCommentHide, raw);
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const c = await forChange(target, tx, input.id, () => true);
    assertVersion(c, input.version);
    const after = await save(target, tx, audit, scope.actor.id, c, "hide", { hiddenAt: now, hiddenBy: scope.actor.id, hiddenReason: input.reason });
    await target.withdrawn?.(tx, audit, c);
    return after;
  });
}

/** An officer shows a hidden comment again (public pages get it back with the next publication). */
export async function unhideComment<Row extends CommentRow>(target: TargetOf<Row>, scope: CityScope, raw: unknown): Promise<Row> {
  if (!moderates(target, scope)) throw new ForbiddenError();
  const input = parseInput(ZCommentRef, raw);
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const c = await forChange(target, tx, input.id, () => true);
    assertVersion(c, input.version);
    return save(target, tx, audit, scope.actor.id, c, "unhide", { hiddenAt: null, hiddenBy: null, hiddenReason: "" });
  });
}

/** Resolve or reopen a thread: officers, or the thread's author (targets that resolve threads only). */
export async function resolveComment<Row extends CommentRow>(target: TargetOf<Row>, scope: CityScope, raw: unknown, now = new Date()): Promise<Row> {
  if (!target.resolvable) throw new ForbiddenError();
  const input = parseInput(ZCommentResolve, raw);
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const c = await forChange(target, tx, input.id, (x) => moderates(target, scope) || x.authorId === scope.actor.id);
    assertVersion(c, input.version);
    if (c.parentId) throw new ValidationError({ id: ["consultation.validation.threadOnly"] });
    const change: CommentChange = input.resolved ? { resolvedAt: now, resolvedBy: scope.actor.id } : { resolvedAt: null, resolvedBy: null };
    return save(target, tx, audit, scope.actor.id, c, input.resolved ? "resolve" : "reopen", change);
  });
}

/** An officer answers a thread's first comment with an outcome and a reason; its author is notified. */
export async function setCommentOutcome<Row extends CommentRow>(target: TargetOf<Row>, scope: CityScope, raw: unknown, now = new Date()): Promise<Row> {
  if (!moderates(target, scope)) throw new ForbiddenError();
  const input = parseInput(ZCommentOutcome, raw);
  let pending: PendingMail | null = null;
  const saved = await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const c = await forChange(target, tx, input.id, () => true);
    assertVersion(c, input.version);
    if (c.parentId) throw new ValidationError({ id: ["consultation.validation.threadOnly"] });
    await target.assertAnswerable?.(tx, c);
    const after = await save(target, tx, audit, scope.actor.id, c, "outcome", {
      outcome: input.outcome,
      outcomeReason: input.reason,
      outcomeBy: scope.actor.id,
      outcomeAt: now,
    });
    if (c.authorId && c.authorId !== scope.actor.id && !c.deletedAt) {
      const to = await cityRecipients(scope.city, { ids: [c.authorId] });
      const notice = commentNotice({ kind: "comment_outcome", outcome: input.outcome, reason: input.reason, excerpt: excerpt(c.quote || c.body) });
      pending = await notify(tx, scope.city, to, notice, target.link(scope.city.slug, c), now);
    }
    return after;
  });
  await (pending as PendingMail | null)?.send();
  return saved;
}
