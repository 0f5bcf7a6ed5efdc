"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { ZDocumentFiles } from "@/lib/features/publication/documents/schema";
import { storeReportDocuments } from "@/lib/features/publication/documents/store-report-documents";
import { createReport, regenerateReport } from "@/lib/features/reports/generate-report";
import { addRecommendation, deleteRecommendation, saveEvaluation } from "@/lib/features/reports/recommendations";
import { saveSection } from "@/lib/features/reports/save-section";
import {
  ZEvaluationSave,
  ZRecommendationAdd,
  ZRecommendationDelete,
  ZReportCreate,
  ZReportLanguages,
  ZReportRef,
  ZSectionOmit,
  ZReportTransition,
  ZSectionSave,
} from "@/lib/features/reports/schema";
import { transitionReport } from "@/lib/features/reports/transition-report";
import { requestReportApproval } from "@/lib/features/reports/request-approval";
import { setReportLanguages, setSectionOmitted } from "@/lib/features/reports/report-contents";
import { explainIncomplete, IncompleteReportError } from "@/lib/features/reports/completeness";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { notifyReportConsultationOpened } from "@/lib/features/reports/notify-consultation";
import { reportComments, ZReportCommentAdd } from "@/lib/features/comments/targets/report";
import { ZCommentEdit, ZCommentHide, ZCommentOutcome, ZCommentRef } from "@/lib/features/comments/schema";

const refresh = (slug: string) => revalidatePath(`/${slug}/workspace/reports`, "layout");

/** An incomplete report's refusal, with the list of what is missing in the reader's language. */
async function explained(err: unknown): Promise<never> {
  if (!(err instanceof IncompleteReportError)) throw err;
  const locale = await requestLocale().catch(() => "en" as const);
  throw explainIncomplete(err, translator(locale), locale);
}

/** Submits the report for approval; with four-eyes approval someone else records the decision. */
export const requestReportApprovalAction = cityAction(
  { name: "reports.approval.request", capability: "report.edit", input: ZReportRef },
  async (ctx, input) => {
    const done = await requestReportApproval(cityScope(ctx), input).catch(explained);
    refresh(ctx.city.slug);
    return done;
  },
);

/** The languages the report is published in; leaving one out is a choice recorded with the report. */
export const setReportLanguagesAction = cityAction({ name: "reports.languages", capability: "report.edit", input: ZReportLanguages }, async (ctx, input) => {
  const done = await setReportLanguages(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return done;
});

/** Leaves a narrative section out of the report on purpose, or takes it back in. */
export const setSectionOmittedAction = cityAction({ name: "reports.section.omit", capability: "report.edit", input: ZSectionOmit }, async (ctx, input) => {
  const done = await setSectionOmitted(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return done;
});

/** Creates the report for a year and generates its figures as of 31 December. */
export const createReportAction = cityAction({ name: "reports.create", capability: "report.edit", input: ZReportCreate }, async (ctx, input) => {
  const created = await createReport(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return created;
});

export const regenerateReportAction = cityAction({ name: "reports.regenerate", capability: "report.edit", input: ZReportRef }, async (ctx, input) => {
  const done = await regenerateReport(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return done;
});

export const saveSectionAction = cityAction({ name: "reports.section.save", capability: "report.edit", input: ZSectionSave }, async (ctx, input) => {
  const saved = await saveSection(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

export const addRecommendationAction = cityAction(
  { name: "reports.recommendation.add", capability: "report.edit", input: ZRecommendationAdd },
  async (ctx, input) => {
    const added = await addRecommendation(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return added;
  },
);

export const deleteRecommendationAction = cityAction(
  { name: "reports.recommendation.delete", capability: "report.edit", input: ZRecommendationDelete },
  async (ctx, input) => {
    await deleteRecommendation(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return { id: input.id };
  },
);

export const saveEvaluationAction = cityAction({ name: "reports.evaluation.save", capability: "report.edit", input: ZEvaluationSave }, async (ctx, input) => {
  const saved = await saveEvaluation(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

/**
 * Moves the report through its lifecycle; publishing freezes it, refreshes the city's public pages
 * and stores its PDF and Word files (what could not be made is in `files`, and on the page).
 */
export const transitionReportAction = cityAction({ name: "reports.transition", capability: "report.edit", input: ZReportTransition }, async (ctx, input) => {
  const moved = await transitionReport(cityScope(ctx), input).catch(explained);
  refresh(ctx.city.slug);
  if (moved.status === "consultation") await notifyReportConsultationOpened(cityScope(ctx), input.id);
  if (moved.status !== "published") return { ...moved, files: [] };
  revalidateTag(cityCacheTag(ctx.city.slug), { expire: 0 });
  const files = await storeReportDocuments(cityScope(ctx), { reportId: input.id });
  return { ...moved, files };
});

/** Makes the files of a published report that are not stored yet (after the printer was missing, say). */
export const produceReportFilesAction = cityAction({ name: "reports.files", capability: "report.edit", input: ZDocumentFiles }, async (ctx, input) => {
  const files = await storeReportDocuments(cityScope(ctx), { reportId: input.id, onlyMissing: true });
  refresh(ctx.city.slug);
  return { files };
});

/** A comment on a passage or section, on the whole report, or a reply; who may comment when is checked inside. */
export const addReportCommentAction = cityAction(
  { name: "reports.comment.add", capability: "report.comment", input: ZReportCommentAdd },
  async (ctx, input) => {
    const added = await reportComments.addComment(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return { id: added.id };
  },
);

/** An officer's outcome for a thread, with the reason the commenter will read. */
export const setReportCommentOutcomeAction = cityAction(
  { name: "reports.comment.outcome", capability: "report.edit", input: ZCommentOutcome },
  async (ctx, input) => {
    const saved = await reportComments.setCommentOutcome(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return { id: saved.id, version: saved.version };
  },
);

/** The author's correction within the edit window; who may edit when is checked inside. */
export const editReportCommentAction = cityAction({ name: "reports.comment.edit", capability: "report.comment", input: ZCommentEdit }, async (ctx, input) => {
  const saved = await reportComments.editComment(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return { id: saved.id, version: saved.version };
});

/** The author withdraws their comment; its replies stay. */
export const deleteReportCommentAction = cityAction(
  { name: "reports.comment.delete", capability: "report.comment", input: ZCommentRef },
  async (ctx, input) => {
    const saved = await reportComments.deleteComment(cityScope(ctx), input);
    refresh(ctx.city.slug);
    return { id: saved.id, version: saved.version };
  },
);

/** An officer hides a comment from everyone but officers, with a reason. */
export const hideReportCommentAction = cityAction({ name: "reports.comment.hide", capability: "report.edit", input: ZCommentHide }, async (ctx, input) => {
  const saved = await reportComments.hideComment(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return { id: saved.id, version: saved.version };
});

export const unhideReportCommentAction = cityAction({ name: "reports.comment.unhide", capability: "report.edit", input: ZCommentRef }, async (ctx, input) => {
  const saved = await reportComments.unhideComment(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return { id: saved.id, version: saved.version };
});
