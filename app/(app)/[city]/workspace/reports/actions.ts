"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { cityAction } from "@/lib/kernel/action-chain/safe-action";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { ZDocumentFiles } from "@/lib/features/publication/documents/schema";
import { storeReportDocuments } from "@/lib/features/publication/documents/store-report-documents";
import { createReport as create, regenerateReport as regenerate } from "@/lib/features/reports/generate-report";
import { addRecommendation as addRec, deleteRecommendation as deleteRec, saveEvaluation as saveEval } from "@/lib/features/reports/recommendations";
import { saveSection as save } from "@/lib/features/reports/save-section";
import { ZEvaluationSave, ZRecommendationAdd, ZRecommendationDelete, ZReportCreate, ZReportRef, ZReportTransition, ZSectionSave } from "@/lib/features/reports/schema";
import { transitionReport as transition } from "@/lib/features/reports/transition-report";
import { ZReportCommentAdd, ZReportCommentEdit, ZReportCommentHide, ZReportCommentOutcome, ZReportCommentRef } from "@/lib/features/reports/comment-schema";
import {
  addReportComment as comment,
  deleteReportComment as remove,
  editReportComment as edit,
  hideReportComment as hide,
  setReportCommentOutcome as answer,
  unhideReportComment as unhide,
  type ReportCommentActor,
} from "@/lib/features/reports/report-comments";
import type { CityContext } from "@/lib/kernel/tenancy/city-access";

const refresh = (slug: string) => revalidatePath(`/${slug}/workspace/reports`, "layout");

/** Creates the report for a year and generates its figures as of 31 December. */
export const createReport = cityAction({ name: "reports.create", capability: "report.edit", input: ZReportCreate }, async (ctx, input) => {
  const created = await create({ db: ctx.db, actorId: ctx.user.id, cityId: ctx.city.id, cityLocales: ctx.city.locales }, input);
  refresh(ctx.city.slug);
  return created;
});

export const regenerateReport = cityAction({ name: "reports.regenerate", capability: "report.edit", input: ZReportRef }, async (ctx, input) => {
  const done = await regenerate({ db: ctx.db, actorId: ctx.user.id, cityId: ctx.city.id, cityLocales: ctx.city.locales }, input);
  refresh(ctx.city.slug);
  return done;
});

export const saveSection = cityAction({ name: "reports.section.save", capability: "report.edit", input: ZSectionSave }, async (ctx, input) => {
  const saved = await save({ db: ctx.db, actorId: ctx.user.id }, input);
  refresh(ctx.city.slug);
  return saved;
});

export const addRecommendation = cityAction({ name: "reports.recommendation.add", capability: "report.edit", input: ZRecommendationAdd }, async (ctx, input) => {
  const added = await addRec({ db: ctx.db, actorId: ctx.user.id }, input);
  refresh(ctx.city.slug);
  return added;
});

export const deleteRecommendation = cityAction(
  { name: "reports.recommendation.delete", capability: "report.edit", input: ZRecommendationDelete },
  async (ctx, input) => {
    await deleteRec({ db: ctx.db, actorId: ctx.user.id }, input);
    refresh(ctx.city.slug);
    return { id: input.id };
  },
);

export const saveEvaluation = cityAction({ name: "reports.evaluation.save", capability: "report.edit", input: ZEvaluationSave }, async (ctx, input) => {
  const saved = await saveEval({ db: ctx.db, actorId: ctx.user.id }, input);
  refresh(ctx.city.slug);
  return saved;
});

/**
 * Moves the report through its lifecycle; publishing freezes it, refreshes the city's public pages
 * and stores its PDF and Word files (what could not be made is in `files`, and on the page).
 */
export const transitionReport = cityAction({ name: "reports.transition", capability: "report.edit", input: ZReportTransition }, async (ctx, input) => {
  const moved = await transition({ db: ctx.db, actorId: ctx.user.id }, input);
  refresh(ctx.city.slug);
  if (moved.status !== "published") return { ...moved, files: [] };
  revalidateTag(cityCacheTag(ctx.city.slug), { expire: 0 });
  const files = await storeReportDocuments(ctx.db, { reportId: input.id, citySlug: ctx.city.slug, cityName: ctx.city.name, actorId: ctx.user.id });
  return { ...moved, files };
});

/** Makes the files of a published report that are not stored yet (after the printer was missing, say). */
export const produceReportFiles = cityAction({ name: "reports.files", capability: "report.edit", input: ZDocumentFiles }, async (ctx, input) => {
  const files = await storeReportDocuments(ctx.db, { reportId: input.id, citySlug: ctx.city.slug, cityName: ctx.city.name, actorId: ctx.user.id, onlyMissing: true });
  refresh(ctx.city.slug);
  return { files };
});

const commenter = (ctx: CityContext): ReportCommentActor => ({ db: ctx.db, actorId: ctx.user.id, actorName: ctx.user.name, role: ctx.role, city: ctx.city });

/** A comment on a passage or section, on the whole report, or a reply; who may comment when is checked inside. */
export const addReportComment = cityAction({ name: "reports.comment.add", capability: "report.comment", input: ZReportCommentAdd }, async (ctx, input) => {
  const added = await comment(commenter(ctx), input);
  refresh(ctx.city.slug);
  return added;
});

/** An officer's outcome for a thread, with the reason the commenter will read. */
export const setReportCommentOutcome = cityAction(
  { name: "reports.comment.outcome", capability: "report.edit", input: ZReportCommentOutcome },
  async (ctx, input) => {
    const saved = await answer(commenter(ctx), input);
    refresh(ctx.city.slug);
    return { id: saved.id, version: saved.version };
  },
);

/** The author's correction within the edit window; who may edit when is checked inside. */
export const editReportComment = cityAction({ name: "reports.comment.edit", capability: "report.comment", input: ZReportCommentEdit }, async (ctx, input) => {
  const saved = await edit(commenter(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

/** The author withdraws their comment; its replies stay. */
export const deleteReportComment = cityAction({ name: "reports.comment.delete", capability: "report.comment", input: ZReportCommentRef }, async (ctx, input) => {
  const saved = await remove(commenter(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

/** An officer hides a comment from everyone but officers, with a reason. */
export const hideReportComment = cityAction({ name: "reports.comment.hide", capability: "report.edit", input: ZReportCommentHide }, async (ctx, input) => {
  const saved = await hide(commenter(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

export const unhideReportComment = cityAction({ name: "reports.comment.unhide", capability: "report.edit", input: ZReportCommentRef }, async (ctx, input) => {
  const saved = await unhide(commenter(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});
