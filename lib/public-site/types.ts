/**
 * What a city publishes: a frozen snapshot (city schema table Publication.snapshot). Public pages,
 * open data, the feed and the sitemap read only the latest snapshot, so nothing unpublished —
 * drafts, internal notes, commitments not marked public, members' names — can ever reach them.
 * Built by lib/public-site/build-snapshot.ts; bump `format` when the shape changes.
 */
import type { Layer } from "@/lib/framework/catalogue/types";

export const SNAPSHOT_FORMAT = "charta-public/1";

export type PublicLocale = "nl" | "en";
export type PublicText = Partial<Record<PublicLocale, string>>;

export type PublicStatus = "not_started" | "planned" | "in_progress" | "in_place" | "needs_review";
export type PublicMaturity = "none" | "initiated" | "established" | "embedded" | "exemplary";

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

/** A comment as published in the consultation summary: the name only when its author agreed. */
export interface PublicComment {
  quote: string;
  body: string;
  author: string | null;
  outcome: PublicCommentOutcome | null;
  reason: string;
  replies: { body: string; author: string | null }[];
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

/** The published declaration: its text as sanitized JSON (rendered by lib/declaration/render-document.ts), adoption, and the summary if the city chose to publish it. */
export interface PublicDeclaration {
  title: string;
  /** Language of the text. */
  locale: PublicLocale;
  /** lib/declaration/document-schema.ts DeclarationDoc, without comment marks. */
  content: unknown;
  versionNumber: number;
  adoptedOn: string | null; // YYYY-MM-DD
  councilResolutionRef: string | null;
  vote: { for: number | null; against: number | null; abstain: number | null } | null;
  publishedAt: string | null; // ISO
  summary: PublicConsultationSummary | null;
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
    logoUrl: string | null;
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
}
