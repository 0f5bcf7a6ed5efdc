/**
 * The data the dashboard computes with: plain values, so the roll-up and the state on a past date
 * are pure functions (lib/features/dashboard/rollup.ts, state-at.ts) that tests can feed by hand.
 * Dates without a time (start and target dates, "as of") are ISO strings "YYYY-MM-DD", which
 * compare correctly as strings and never shift with a time zone.
 */
import type { Layer } from "@/lib/reference/framework/catalogue/types";
import type { CommitmentStatusValue, MaturityValue } from "@/lib/features/commitments/schema";

/** A commitment's tracked state plus what the dashboard groups and filters by. */
export interface DashCommitment {
  id: string;
  /** The framework element; null for a commitment the city added itself. */
  elementKey: string | null;
  layer: Layer;
  title: string;
  status: CommitmentStatusValue;
  /** 0–100. */
  progress: number;
  maturity: MaturityValue;
  ownerId: string | null;
  departmentId: string | null;
  startDate: string | null;
  targetDate: string | null;
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  groups: string[];
  createdAt: Date;
}

/**
 * What the state on a past date needs of an update: when, and the values before it of the fields
 * it changed (null: that field did not change).
 */
export interface HistoryUpdate {
  commitmentId: string;
  at: Date;
  fromStatus: CommitmentStatusValue | null;
  fromProgress: number | null;
  fromMaturity: MaturityValue | null;
}

/** One change in a commitment's history, from → to. A null pair means that field did not change. */
export interface DashUpdate extends HistoryUpdate {
  id: string;
  authorId: string | null;
  toStatus: CommitmentStatusValue | null;
  toProgress: number | null;
  toMaturity: MaturityValue | null;
}

/** An update as the "recent updates" list shows it. */
export interface RecentUpdate extends DashUpdate {
  note: string;
  source: string;
}

export interface DashDepartment {
  id: string;
  name: string;
}

/** A rights-holder group the city added itself (built-in groups come from lib/reference/rights/groups.ts). */
export interface DashGroup {
  key: string;
  name: { nl: string; en: string };
}
