import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { cityRecipients, commentNotice, excerpt, notify, type PendingMail } from "./notify";
import { parseInput } from "./parse-input";
import type { AddInputBase, CommentRow, CommentTarget } from "./target";

async function mentionable(scope: CityScope, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)].filter((id) => id !== scope.actor.id);
  if (unique.length === 0) return [];
  const members = await cityRecipients(scope.city, { ids: unique });
  if (members.length !== unique.length) throw new ValidationError({ mentions: ["consultation.validation.mentionNotMember"] });
  return unique;
}

/**
 * Adds a comment to a target's document: on its anchor (the target's: a passage, a section), on
 * the whole document, or a reply in a thread (one level deep: a reply to a reply joins the
 * thread of the first comment). Who may comment when is the target's; mentions must be members
 * of the city. The thread's author and the mentioned members are notified.
 */
export async function addComment<Doc, Input extends AddInputBase, Row extends CommentRow>(
  target: CommentTarget<Doc, Input, Row>,
  scope: CityScope,
  raw: unknown,
  now = new Date(),
): Promise<Row> {
  const input = parseInput(target.addInput, raw);
  const mentions = await mentionable(scope, input.mentions ?? []);
  const pending: PendingMail[] = [];
  const created = await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const doc = await target.loadDocument(tx, input);
    if (scope.actor.role === null || !target.mayComment(scope.actor.role, doc, now)) throw new ForbiddenError();
    const rows = target.rows(tx);

    let parent: Row | null = null;
    if (input.parentId) {
      parent = await rows.findInDocument(input.parentId, target.documentId(doc));
      if (!parent) throw new NotFoundError();
      if (parent.parentId) parent = await rows.find(parent.parentId);
      if (!parent) throw new NotFoundError();
    }

    const comment = await target.create(tx, doc, input, parent, {
      body: input.body,
      authorId: scope.actor.id,
      parentId: parent?.id ?? null,
      mentions,
      createdAt: now,
      createdBy: scope.actor.id,
      updatedBy: scope.actor.id,
    });
    await audit({ action: "create", entity: target.entity, entityId: comment.id, after: comment });

    const link = target.link(scope.city.slug, comment);
    const text = excerpt(input.body);
    if (parent?.authorId && parent.authorId !== scope.actor.id && !parent.deletedAt && !mentions.includes(parent.authorId)) {
      const to = await cityRecipients(scope.city, { ids: [parent.authorId] });
      pending.push(await notify(tx, scope.city, to, commentNotice({ kind: "comment_reply", actorName: scope.actor.name, excerpt: text }), link, now));
    }
    if (mentions.length) {
      const to = await cityRecipients(scope.city, { ids: mentions });
      pending.push(await notify(tx, scope.city, to, commentNotice({ kind: "comment_mention", actorName: scope.actor.name, excerpt: text }), link, now));
    }
    return comment;
  });
  for (const p of pending) await p.send();
  return created;
}
