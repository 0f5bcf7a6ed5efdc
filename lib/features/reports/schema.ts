import { z } from "zod";
import { LOCALES } from "@/lib/kernel/i18n/locales";
import { isIsoDate, latestDecisionDay } from "@/lib/kernel/dates";
import type { DecisionBody } from "@/lib/generated/city/enums";
import type { Equal, Expect } from "@/lib/kernel/type-equal";
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

/** The bodies whose decision approves a report (DecisionBody in the city schema). */
export const DECISION_BODIES = ["council", "executive", "other"] as const satisfies readonly DecisionBody[];
type _BodiesCoverEnum = Expect<Equal<(typeof DECISION_BODIES)[number], DecisionBody>>;

const decisionDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "reports.validation.decisionDateInvalid" })
  .refine(isIsoDate, { error: "reports.validation.decisionDateInvalid" })
  .refine((d) => d <= latestDecisionDay(), { error: "reports.validation.decisionDateFuture" });

/** The decision that approves a report: which body, on which day, under which reference. */
export const ZReportDecision = z
  .object({
    body: z.enum(DECISION_BODIES, { error: "reports.validation.decisionBodyRequired" }),
    /** The body's name when it is "other" (a committee, say). */
    bodyName: z.string().trim().max(200, { error: "reports.validation.textTooLong" }).default(""),
    decidedOn: decisionDay,
    reference: z.string().trim().min(1, { error: "reports.validation.decisionRefRequired" }).max(200, { error: "reports.validation.textTooLong" }),
  })
  .refine((d) => d.body !== "other" || d.bodyName !== "", { path: ["bodyName"], error: "reports.validation.decisionBodyNameRequired" });
export type TReportDecision = z.input<typeof ZReportDecision>;

export const ZReportTransition = z.object({
  id,
  version,
  to: z.enum(REPORT_STATUSES),
  note: z.string().trim().max(NOTE_MAX, { error: "reports.validation.textTooLong" }),
  /** Approving: the decision being recorded (required for `to: "approved"`). */
  decision: ZReportDecision.optional(),
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
export type TReportTransition = z.input<typeof ZReportTransition>;

/** The languages the report will be published in (a subset of the city's; the first is the main one). */
export const ZReportLanguages = z.object({
  id,
  version,
  locales: z.array(locale).min(1, { error: "reports.validation.localesRequired" }).max(LOCALES.length),
});
export type TReportLanguages = z.infer<typeof ZReportLanguages>;

/** Leaving a narrative section out of the report on purpose (or taking it back in). */
export const ZSectionOmit = z.object({
  id,
  version,
  topic: z.string().min(1).max(40),
  kind: z.enum(SECTION_KINDS),
  omitted: z.boolean(),
});
export type TSectionOmit = z.infer<typeof ZSectionOmit>;
