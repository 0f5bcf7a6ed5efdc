import "server-only";
import type { ZodType } from "zod";
import { addComment } from "./add-comment";
import { deleteComment, editComment, hideComment, resolveComment, setCommentOutcome, unhideComment } from "./change-comment";
import type { TCommentEdit, TCommentHide, TCommentOutcome, TCommentRef, TCommentResolve } from "./schema";
import type { AddInputBase, CommentActor, CommentRow, CommentTarget } from "./target";

/**
 * The engine's operations bound to one target, so a target file exports one object
 * (`declarationComments`, `reportComments`) that its Server Actions, jobs and tests call.
 */
export function commentsOn<Doc, Input extends AddInputBase, Row extends CommentRow, Raw>(
  target: CommentTarget<Doc, Input, Row> & { addInput: ZodType<Input, Raw> },
) {
  return {
    target,
    addComment: (actor: CommentActor, input: Raw, now?: Date) => addComment(target, actor, input, now),
    editComment: (actor: CommentActor, input: TCommentEdit, now?: Date) => editComment(target, actor, input, now),
    deleteComment: (actor: CommentActor, input: TCommentRef, now?: Date) => deleteComment(target, actor, input, now),
    hideComment: (actor: CommentActor, input: TCommentHide, now?: Date) => hideComment(target, actor, input, now),
    unhideComment: (actor: CommentActor, input: TCommentRef) => unhideComment(target, actor, input),
    resolveComment: (actor: CommentActor, input: TCommentResolve, now?: Date) => resolveComment(target, actor, input, now),
    setCommentOutcome: (actor: CommentActor, input: TCommentOutcome, now?: Date) => setCommentOutcome(target, actor, input, now),
  };
}
