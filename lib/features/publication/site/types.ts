/**
 * What a city publishes: a frozen snapshot (city schema table Publication.snapshot). Public pages,
 * open data, the feed and the sitemap read only the latest snapshot, so nothing unpublished —
 * drafts, internal notes, commitments not marked public, members' names — can ever reach them.
 * Built by lib/features/publication/site/build-snapshot.ts; bump `format` when the shape changes.
 */
import type { ActionStatusValue } from "@/lib/features/action-plans/schema";
import type { CommitmentStatusValue, MaturityValue } from "@/lib/features/commitments/schema";
import type { Equal, Expect } from "@/lib/kernel/type-equal";
import type { Layer } from "@/lib/reference/framework/catalogue/types";

export const SNAPSHOT_FORMAT = "charta-public/1";

export type PublicLocale = "nl" | "en";
export type PublicText = Partial<Record<PublicLocale, string>>;

/**
 * The public contract's own value lists, in the order the public pages show them. Checked equal to
 * the workspace's at compile time: a status added inside fails `tsc` here rather than reaching a
 * published page or open data unannounced (the snapshot format and its documentation change with it).
 */
export const PUBLIC_STATUSES = ["not_started", "planned", "in_progress", "in_place", "needs_review"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
type _PublicStatusIsInternal = Expect<Equal<PublicStatus, CommitmentStatusValue>>;
export const PUBLIC_MATURITIES = ["none", "initiated", "established", "embedded", "exemplary"] as const;
export type PublicMaturity = (typeof PUBLIC_MATURITIES)[number];
type _PublicMaturityIsInternal = Expect<Equal<PublicMaturity, MaturityValue>>;

export interface PublicCommitment {
  /** Element key ("S1") or, for the city's own commitments, their id. Stable across publications. */
  key: string;
  elementKey: string | null;
  layer: Layer;
  title: string;
  text: string;
  status: PublicStatus;
  maturity: PublicMaturity;
  progress: number;
  startDate: string | null; // YYYY-MM-DD
  targetDate: string | null; // YYYY-MM-DD
  lastUpdateAt: string; // ISO
  department: string | null;
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  /** Rights-holder groups with their names (built-in or the city's own). */
  groups: { key: string; name: PublicText }[];
}

export interface PublicUpdate {
  id: string;
  commitmentKey: string;
  at: string; // ISO
  fromStatus: PublicStatus | null;
  toStatus: PublicStatus | null;
  fromProgress: number | null;
  toProgress: number | null;
  fromMaturity: PublicMaturity | null;
  toMaturity: PublicMaturity | null;
  /** Only notes the author marked public; otherwise null. */
  note: string | null;
}

export interface PublicLayerSummary {
  /** Mean progress of the layer's published commitments (same roll-up as the workspace), or null. */
  percent: number | null;
  count: number;
  statusCounts: Record<PublicStatus, number>;
}

export type PublicCommentOutcome = "accepted" | "partly_accepted" | "not_taken_up" | "out_of_scope";

/**
 * A comment as published in the consultation summary: the name only when its author agreed.
 * `id` (absent in snapshots from before it was kept) lets a comment hidden or deleted after the
 * publication be taken out of it at once (lib/features/declaration/withdraw-comment.ts); pages never show it.
 */
export interface PublicComment {
  id?: string;
  quote: string;
  body: string;
  author: string | null;
  outcome: PublicCommentOutcome | null;
  reason: string;
  replies: { id?: string; body: string; author: string | null }[];
}

export interface PublicConsultationSummary {
  stats: {
    comments: number;
    replies: number;
    commenters: number;
    answered: number;
    byOutcome: Record<PublicCommentOutcome, number>;
    acceptedShare: number | null;
    acceptedOrPartlyShare: number | null;
  };
  /** Per article in text order ("article", with its label), then "whole" (the whole draft), then "orphaned" (passages no longer in the text). */
  groups: { kind: "article" | "preamble" | "whole" | "orphaned"; label: string; comments: PublicComment[] }[];
}

/** The published declaration: its text as sanitized JSON (rendered by lib/features/declaration/render-document.ts), adoption, and the summary if the city chose to publish it. */
export interface PublicDeclaration {
  /** Names the stored PDF and Word files (lib/features/publication/documents); absent in snapshots from before they existed. */
  id?: string;
  title: string;
  /** Language of the text. */
  locale: PublicLocale;
  /** lib/features/declaration/document-schema.ts DeclarationDoc, without comment marks. */
  content: unknown;
  versionNumber: number;
  adoptedOn: string | null; // YYYY-MM-DD
  councilResolutionRef: string | null;
  vote: { for: number | null; against: number | null; abstain: number | null } | null;
  publishedAt: string | null; // ISO
  summary: PublicConsultationSummary | null;
}

export const PUBLIC_ACTION_STATUSES = ["not_started", "on_track", "at_risk", "delayed", "done", "cancelled"] as const;
export type PublicActionStatus = (typeof PUBLIC_ACTION_STATUSES)[number];
type _PublicActionStatusIsInternal = Expect<Equal<PublicActionStatus, ActionStatusValue>>;

/**
 * An adopted or closed action plan the city marked public (never a draft). Left out on purpose:
 * owners (people), the reasons given for "at risk"/"delayed" and the notes of action updates
 * (internal working notes that may name staff or suppliers), budgets and milestones. Departments
 * appear by name. Built by ./plan-public.ts.
 */
export interface PublicPlan {
  key: string;
  title: string;
  summary: string;
  status: "adopted" | "closed";
  periodStart: string; // YYYY-MM-DD
  periodEnd: string;
  adoptedOn: string | null;
  adoptionReference: string;
  /** The plan's roll-up (lib/features/action-plans/rollup.ts): mean progress of its counted actions, or null. */
  progress: number | null;
  statusCounts: Record<PublicActionStatus, number>;
  objectives: { key: string; title: string; term: "short" | "long"; intendedChange: string; progress: number | null }[];
  actions: {
    key: string;
    objectiveKey: string;
    title: string;
    description: string;
    status: PublicActionStatus;
    progress: number;
    startDate: string | null;
    dueDate: string | null;
    department: string | null;
    lastUpdateAt: string; // ISO
    /** Keys of the published commitments it serves. */
    commitmentKeys: string[];
  }[];
  indicators: {
    key: string;
    name: string;
    definition: string;
    type: "structure" | "process" | "outcome";
    unit: string;
    direction: "higher" | "lower";
    /** Each figure stands alone or is the running total; absent in snapshots published before it existed (per period). */
    accumulation?: "per_period" | "cumulative";
    /** Decimals as text, exactly as stored. */
    baselineValue: string | null;
    baselineYear: number | null;
    targetValue: string | null;
    targetYear: number | null;
    dataSource: string;
    frequency: "monthly" | "quarterly" | "yearly";
    dimensions: string[];
    objectiveKeys: string[];
    /** Against target at publication (lib/features/indicators/target-status.ts). */
    targetStatus: "on_track" | "off_track" | "no_data";
    expected: number | null;
    measurements: { id: string; period: string; periodStart: string; value: string; breakdown: Record<string, Record<string, number>>; sourceNote: string }[];
  }[];
}

export interface PublicSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  publicationId: string;
  publishedAt: string; // ISO
  city: {
    slug: string;
    name: string;
    country: string;
    defaultLocale: PublicLocale;
    locales: PublicLocale[];
    brandColor: string;
  };
  profile: {
    intro: PublicText;
    takePart: PublicText;
    contactEmail: string | null;
    ombuds: { name: string; url: string | null; email: string | null; phone: string | null } | null;
    accessibility: { status: "full" | "partial" | "none"; issues: PublicText; contact: string | null; reviewedOn: string | null };
    /** SPDX licence id of the open data, e.g. "CC-BY-4.0". */
    dataLicence: string;
  };
  rollup: {
    overall: number | null;
    layers: Record<Layer, PublicLayerSummary>;
  };
  commitments: PublicCommitment[];
  /** Published commitments' updates, newest first. */
  updates: PublicUpdate[];
  /** The city's published declaration (issue 4); absent in snapshots made before it existed. */
  declaration?: PublicDeclaration | null;
  /**
   * Published action plans, newest period first. Optional so that snapshots published before
   * plans existed stay readable (they have none); read it as `snapshot.plans ?? []`.
   */
  plans?: PublicPlan[];
}
