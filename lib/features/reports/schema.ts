import { z } from "zod";
import { LOCALES } from "@/lib/kernel/i18n/locales";
import { SECTION_KINDS } from "./topics";

/**
 * Inputs of the report's Server Actions (and forms). Messages are keys of lib/features/reports/messages.ts.
 */

export const SECTION_MAX = 20_000;
export const RECOMMENDATION_MAX = 2_000;
export const NOTE_MAX = 2_000;
export const OUTCOMES = ["implemented_fully", "implemented_partly", "not_implemented"] as const;
export const REPORT_STATUSES = ["draft", "consultation", "approved", "published"] as const;
export type ReportStatusValue = (typeof REPORT_STATUSES)[number];

const id = z.uuid({ error: "reports.validation.invalid" });
const version = z.number().int().min(0);
const locale = z.enum(LOCALES, { error: "reports.validation.localeInvalid" });

export const ZReportCreate = z.object({
  year: z
    .number({ error: "reports.validation.yearInvalid" })
    .int({ error: "reports.validation.yearInvalid" })
    .min(2000, { error: "reports.validation.yearInvalid" })
    .max(2100, { error: "reports.validation.yearInvalid" }),
  locales: z.array(locale).min(1, { error: "reports.validation.localesRequired" }).max(LOCALES.length),
  /** The current year's report before the year has ended: figures as of the day they are read, said on every page. */
  interim: z.boolean().default(false),
});
/** What callers pass (`interim` may be left out: a report of a year that has ended). */
export type TReportCreate = z.input<typeof ZReportCreate>;

export const ZReportRef = z.object({ id, version });
export type TReportRef = z.infer<typeof ZReportRef>;

export const ZSectionSave = z.object({
  reportId: id,
  topic: z.string().min(1).max(40),
  kind: z.enum(SECTION_KINDS),
  locale,
  content: z.string().max(SECTION_MAX, { error: "reports.validation.sectionTooLong" }),
  /** The section's version the writer started from; 0 when it did not exist yet. */
  version,
});
export type TSectionSave = z.infer<typeof ZSectionSave>;

export const ZRecommendationAdd = z.object({
  reportId: id,
  topic: z.string().min(1).max(40),
  text: z.string().trim().min(1, { error: "reports.validation.textRequired" }).max(RECOMMENDATION_MAX, { error: "reports.validation.textTooLong" }),
  departmentId: z.string().refine((s) => s === "" || z.uuid().safeParse(s).success, { error: "reports.validation.invalid" }),
});
export type TRecommendationAdd = z.infer<typeof ZRecommendationAdd>;

export const ZRecommendationDelete = z.object({ id, version });

export const ZEvaluationSave = z.object({
  reportId: id,
  recommendationId: id,
  outcome: z.enum(OUTCOMES, { error: "reports.validation.outcomeRequired" }),
  note: z.string().trim().max(NOTE_MAX, { error: "reports.validation.textTooLong" }),
  /** The evaluation's version the writer started from; 0 when it did not exist yet. */
  version,
});
export type TEvaluationSave = z.infer<typeof ZEvaluationSave>;

export const ZReportTransition = z.object({
  id,
  version,
  to: z.enum(REPORT_STATUSES),
  note: z.string().trim().max(NOTE_MAX, { error: "reports.validation.textTooLong" }),
  /**
   * Publishing a report that names commitments the city has not made public: the officer's
   * decision for exactly the list shown (their keys, ./report-disclosure.ts).
   */
  disclosure: z
    .object({
      decision: z.enum(["include", "omit"], { error: "reports.validation.disclosureRequired" }),
      commitments: z.array(z.string().max(400)).max(1000),
    })
    .optional(),
});
export type TReportTransition = z.infer<typeof ZReportTransition>;
