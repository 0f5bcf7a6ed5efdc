/**
 * The generated part of an annual report: the city's record as it stood at the end of the year,
 * assembled by ./assemble-report.ts and frozen into AnnualReport.generated. Plain JSON (numbers,
 * keys, names from the record, ISO dates): labels are translated when the report is shown, so one
 * generated record serves every language of the report. Bump REPORT_DATA_FORMAT when the shape changes.
 */
import type { ActionStatusValue } from "@/lib/features/action-plans/schema";
import type { CommitmentStatusValue, MaturityValue } from "@/lib/features/commitments/schema";
import type { DeclarationStatusValue } from "@/lib/features/declaration/schema";
import type { Equal, Expect } from "@/lib/kernel/type-equal";
import type { Layer } from "@/lib/reference/framework/catalogue/types";

export const REPORT_DATA_FORMAT = "charta-report/1";

export type CommitmentStatus = "not_started" | "planned" | "in_progress" | "in_place" | "needs_review";
export type Maturity = "none" | "initiated" | "established" | "embedded" | "exemplary";
export type ActionStatus = "not_started" | "on_track" | "at_risk" | "delayed" | "done" | "cancelled";
export type DeclarationStatus = "draft" | "consultation" | "proposed" | "adopted" | "published";
// The frozen format keeps its own words; a value added in the workspace fails `tsc` here first.
type _FormatMatchesRecord = Expect<
  Equal<[CommitmentStatus, Maturity, ActionStatus, DeclarationStatus], [CommitmentStatusValue, MaturityValue, ActionStatusValue, DeclarationStatusValue]>
>;

export interface CommitmentState {
  status: CommitmentStatus;
  progress: number;
  maturity: Maturity;
}

export interface ReportCommitment extends CommitmentState {
  /** The commitment's id (records generated before it was kept lack it; they are matched by element key or title). */
  id?: string;
  /** Element key (F1…T9) or, for the city's own commitments, null. */
  elementKey: string | null;
  layer: Layer;
  title: string;
  /** The state at the end of the previous year; null when the commitment did not exist then. */
  before: CommitmentState | null;
  /** Recorded changes during the year. */
  changes: number;
}

export interface LayerFigures {
  layer: Layer;
  count: number;
  /** Mean progress % at the end of the year (rounded), null without commitments. */
  progress: number | null;
  /** The same at the end of the previous year. */
  previousProgress: number | null;
  inPlace: number;
}

export interface ReportAction {
  title: string;
  plan: string;
  department: string | null;
  status: ActionStatus;
  progress: number;
  /** The reason recorded with an at-risk or delayed status, as it stood at year end. */
  reason: string;
  dueDate: string | null;
}

export interface ReportIndicator {
  name: string;
  plan: string;
  unit: string;
  direction: "higher" | "lower";
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  /** The value for the year (the latest period that starts in it), as known at year end. */
  value: number | null;
  period: string | null;
  previousValue: number | null;
  previousPeriod: string | null;
  /** value − previousValue, null when either is missing. */
  change: number | null;
  /** Whether the change goes the way the indicator wants; null without a change. */
  improved: boolean | null;
}

export interface GeneratedReport {
  format: typeof REPORT_DATA_FORMAT;
  year: number;
  /**
   * "YYYY-12-31": everything is as it stood at the end of that day (UTC). For an interim report
   * (the year had not ended when the figures were read) the day they were read.
   */
  asOf: string;
  /** Present and true for an interim report: every page and file says "as of <asOf>". */
  interim?: true;
  generatedAt: string;
  framework: {
    overall: { count: number; progress: number | null; previousProgress: number | null };
    layers: LayerFigures[];
    commitments: ReportCommitment[];
    /** Commitments whose status, progress or maturity changed during the year. */
    changedCount: number;
    /**
     * Commitments the city has not made public that the officer chose to leave out when publishing
     * (./report-disclosure.ts): counted in the figures above, not listed. Absent: none left out.
     */
    withheld?: number;
  };
  /** null: the city had no declaration by the end of the year. */
  declaration: null | {
    title: string;
    status: DeclarationStatus;
    /** The status at the end of the previous year; null when it did not exist yet. */
    previousStatus: DeclarationStatus | null;
    transitions: { from: DeclarationStatus | null; to: DeclarationStatus; on: string }[];
    consultation: { comments: number; commenters: number; withOutcome: number; accepted: number; partlyAccepted: number; acceptedPercent: number | null };
  };
  actionPlan: {
    plans: { title: string; periodStart: string; periodEnd: string; status: "draft" | "adopted" | "closed" }[];
    counts: Record<ActionStatus, number>;
    actions: ReportAction[];
  };
  indicators: ReportIndicator[];
  /** Data that was stale or missing at year end, listed so the report says so. */
  gaps: {
    /** Commitments not yet in place whose state was not updated during the year. */
    staleCommitments: string[];
    /** Open actions without any update during the year. */
    staleActions: string[];
    /** Indicators without a value for the year. */
    missingIndicators: string[];
  };
  advisory: {
    /** Comments made during the year by members of the advisory council (declaration and report). */
    comments: number;
    commenters: number;
  };
}
