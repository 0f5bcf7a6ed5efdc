/**
 * The shape of the demo's records. Dates are relative to the day the demo is seeded (days ago, or
 * days from today for target dates), so a fresh demo always has a recent history, some overdue
 * commitments and some due soon.
 */
import type { ElementKey, Layer } from "@/lib/reference/framework/catalogue/types";
import type { CommitmentStatusValue, MaturityValue } from "@/lib/features/commitments/schema";
import type { ReportStatusValue } from "@/lib/features/reports/schema";
import type { SectionKind } from "@/lib/features/reports/topics";

/** Demo users who edit (scripts/demo-data/demo-data.ts DEMO_ROLES `local`). */
export type DemoEditor = "officer" | "admin";
/** The user id of each demo editor, known once the city's members exist. */
export type DemoEditors = Record<DemoEditor, string>;

/** One update in a commitment's history: the fields that changed, with a note. */
export interface DemoStep {
  daysAgo: number;
  status?: CommitmentStatusValue;
  progress?: number;
  maturity?: MaturityValue;
  note: string;
  /** Who made the change; the owner (else the officer) by default. */
  by?: DemoEditor;
}

export interface DemoRecord {
  text: string;
  owner?: DemoEditor;
  /** Name of one of the city's demo departments. */
  department?: string;
  startDaysAgo?: number;
  /** Negative: the target date has passed. */
  targetInDays?: number;
  charter?: number[];
  udhr?: number[];
  sdgs?: number[];
  groups?: string[];
  /** Oldest first; the last value of each field is the commitment's state today. */
  history: DemoStep[];
}

export interface DemoOwnCommitment extends DemoRecord {
  layer: Layer;
  title: string;
  createdDaysAgo: number;
}

export interface DemoDepartment {
  name: string;
  contactName: string;
  contactEmail: string;
}

/**
 * The city's declaration: started from the platform's template in its language, revised once
 * (an article added), then taken through the lifecycle up to `stage`.
 */
export interface DemoDeclaration {
  title: string;
  locale: "nl" | "en";
  addedArticle: { title: string; text: string; note: string };
  stage: "consultation" | "published";
  /** For a consultation: open since `opensDaysAgo`, closing in `closesInDays`. */
  opensDaysAgo: number;
  closesInDays: number;
  adoption?: { daysAgo: number; resolutionRef: string; voteFor: number; voteAgainst: number; voteAbstain: number };
}

export interface DemoCity {
  slug: string;
  name: string;
  country: string;
  defaultLocale: "nl" | "en";
  domain: string;
  departments: DemoDepartment[];
  commitments: Partial<Record<ElementKey, DemoRecord>>;
  own: DemoOwnCommitment[];
  declaration: DemoDeclaration;
  /** Comments on the declaration's consultation, with replies and answers (scripts/demo-data/seed-consultation.ts). */
  consultationComments?: DemoComment[];
  /** Last year's annual report (scripts/demo-data/seed-demo-report.ts). */
  report?: DemoReport;
}

/** Every demo member by DEMO_ROLES `local`. */
export type DemoMember = "admin" | "officer" | "council" | "advisory";

export interface DemoComment {
  by: DemoMember;
  /** A passage: the block of the declaration's text and the words in it to mark; absent: the whole draft. */
  passage?: { block: number; words: string };
  body: string;
  /** The commenter agreed to be named on public pages. */
  consent?: boolean;
  daysAgo: number;
  outcome?: { value: "accepted" | "partly_accepted" | "not_taken_up" | "out_of_scope"; reason: string };
  replies?: { by: DemoMember; body: string; daysAgo: number }[];
}

/** A demo annual report: narrative sections per language, recommendations and the lifecycle steps taken. */
export interface DemoReport {
  locales: readonly ("nl" | "en")[];
  sections: { topic: string; kind: SectionKind; content: Partial<Record<"nl" | "en", string>> }[];
  recommendations: { topic: string; text: string; department?: string }[];
  /** Moves after creation, in order (an empty list leaves the report a draft). */
  lifecycle: { to: Exclude<ReportStatusValue, "draft">; note: string; /** The council resolution's reference, for "approved". */ decisionRef?: string }[];
}

/** The city joined the programme about two years before the demo is seeded. */
export const DEMO_CITY_AGE_DAYS = 760;
