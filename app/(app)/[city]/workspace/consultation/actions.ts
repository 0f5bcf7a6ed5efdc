"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { declarationComments, ZCommentCreate } from "@/lib/features/comments/targets/declaration";
import { ZCommentEdit, ZCommentHide, ZCommentOutcome, ZCommentRef, ZCommentResolve } from "@/lib/features/comments/schema";
import { ZSummaryPublish } from "@/lib/features/declaration/schema";
import { setSummaryPublished } from "@/lib/features/declaration/publish-summary";

const refresh = (slug: string) => revalidatePath(`/${slug}/workspace/consultation`, "layout");
const ref = (row: { id: string; version: number }) => ({ id: row.id, version: row.version });

/** A comment on a passage (selection), on the whole draft, or a reply (parentId); who may comment when is checked inside. */
export const addCommentAction = cityAction(
  { name: "consultation.comment.add", capability: "declaration.comment", input: ZCommentCreate },
  async (ctx, input) => {
    const c = await declarationComments.addComment(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return ref(c);
  },
);

export const editCommentAction = cityAction(
  { name: "consultation.comment.edit", capability: "declaration.comment", input: ZCommentEdit },
  async (ctx, input) => {
    const c = await declarationComments.editComment(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return ref(c);
  },
);

/** The author withdraws their comment; a published summary loses it at once, so the public pages are refreshed. */
export const deleteCommentAction = cityAction(
  { name: "consultation.comment.delete", capability: "declaration.comment", input: ZCommentRef },
  async (ctx, input) => {
    const c = await declarationComments.deleteComment(cityScope(ctx), input);
    refresh(ctx.city.slug);
    revalidateTag(cityCacheTag(ctx.city.slug), { expire: 0 });
    return ref(c);
  },
);

export const resolveCommentAction = cityAction(
  { name: "consultation.comment.resolve", capability: "declaration.comment", input: ZCommentResolve },
  async (ctx, input) => {
    const c = await declarationComments.resolveComment(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return ref(c);
  },
);

/** An officer hides a comment; a published summary loses it at once, so the public pages are refreshed. */
export const hideCommentAction = cityAction({ name: "consultation.comment.hide", capability: "declaration.edit", input: ZCommentHide }, async (ctx, input) => {
  const c = await declarationComments.hideComment(cityScope(ctx), input);
  refresh(ctx.city.slug);
  revalidateTag(cityCacheTag(ctx.city.slug), { expire: 0 });
  return ref(c);
});

export const unhideCommentAction = cityAction(
  { name: "consultation.comment.unhide", capability: "declaration.edit", input: ZCommentRef },
  async (ctx, input) => {
    const c = await declarationComments.unhideComment(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return ref(c);
  },
);

export const setCommentOutcomeAction = cityAction(
  { name: "consultation.comment.outcome", capability: "declaration.edit", input: ZCommentOutcome },
  async (ctx, input) => {
    const c = await declarationComments.setCommentOutcome(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return ref(c);
  },
);

export const publishSummaryAction = cityAction(
  { name: "consultation.summary.publish", capability: "declaration.edit", input: ZSummaryPublish },
  async (ctx, input) => {
    const d = await setSummaryPublished(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return d;
  },
);
