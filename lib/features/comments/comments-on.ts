import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import type { ZodType } from "zod";
import { addComment } from "./add-comment";
import { deleteComment, editComment, hideComment, resolveComment, setCommentOutcome, unhideComment } from "./change-comment";
import type { TCommentEdit, TCommentHide, TCommentOutcome, TCommentRef, TCommentResolve } from "./schema";
import type { AddInputBase, CommentRow, CommentTarget } from "./target";

/**
 * The engine's operations bound to one target, so a target file exports one object
 * (`declarationComments`, `reportComments`) that its Server Actions, jobs and tests call.
 */
export function commentsOn<Doc, Input extends AddInputBase, Row extends CommentRow, Raw>(
  target: CommentTarget<Doc, Input, Row> & { addInput: ZodType<Input, Raw> },
) {
  return {
    target,
    addComment: (scope: CityScope, input: Raw, now?: Date) => addComment(target, scope, input, now),
    editComment: (scope: CityScope, input: TCommentEdit, now?: Date) => editComment(target, scope, input, now),
    deleteComment: (scope: CityScope, input: TCommentRef, now?: Date) => deleteComment(target, scope, input, now),
    hideComment: (scope: CityScope, input: TCommentHide, now?: Date) => hideComment(target, scope, input, now),
    unhideComment: (scope: CityScope, input: TCommentRef) => unhideComment(target, scope, input),
    resolveComment: (scope: CityScope, input: TCommentResolve, now?: Date) => resolveComment(target, scope, input, now),
    setCommentOutcome: (scope: CityScope, input: TCommentOutcome, now?: Date) => setCommentOutcome(target, scope, input, now),
  };
}
