/**
 * The shape of the demo's records. Dates are relative to the day the demo is seeded (days ago, or
 * days from today for target dates), so a fresh demo always has a recent history, some overdue
 * commitments and some due soon.
 */
import type { ElementKey, Layer } from "@/lib/framework/catalogue/types";
import type { CommitmentStatusValue } from "@/lib/framework/schema";
import type { MaturityValue } from "@/lib/dashboard/types";
import type { ReportStatusValue } from "@/lib/reports/schema";
import type { SectionKind } from "@/lib/reports/topics";

/** Demo users who edit (lib/demo/demo-data.ts DEMO_ROLES `local`). */
export type DemoEditor = "officer" | "admin";

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

export interface DemoCity {
  slug: string;
  name: string;
  country: string;
  defaultLocale: "nl" | "en";
  domain: string;
  departments: DemoDepartment[];
  commitments: Partial<Record<ElementKey, DemoRecord>>;
  own: DemoOwnCommitment[];
  /** Last year's annual report (lib/demo/seed-demo-report.ts). */
  report?: DemoReport;
}

/** A demo annual report: narrative sections per language, recommendations and the lifecycle steps taken. */
export interface DemoReport {
  locales: readonly ("nl" | "en")[];
  sections: { topic: string; kind: SectionKind; content: Partial<Record<"nl" | "en", string>> }[];
  recommendations: { topic: string; text: string; department?: string }[];
  /** Moves after creation, in order (an empty list leaves the report a draft). */
  lifecycle: { to: Exclude<ReportStatusValue, "draft">; note: string }[];
}

/** The city joined the programme about two years before the demo is seeded. */
export const DEMO_CITY_AGE_DAYS = 760;
