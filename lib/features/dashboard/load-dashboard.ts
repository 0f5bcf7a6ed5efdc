/**
 * The one loader behind every page that shows commitment numbers: the overview, the framework
 * page, the dashboard and its printable view. It reads everything in a fixed number of SQL
 * statements, whatever the number of commitments or updates (one read-only transaction on the
 * city schema: commitments, the updates of the period shown, the last ten updates with notes,
 * departments, groups; then one query for people's names in the control schema), and computes
 * the numbers with the pure functions of rollup.ts and state-at.ts.
 */
import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import type { CommitmentStatusValue, MaturityValue } from "@/lib/features/commitments/schema";
import { endOfDay, isoDate, monthEnds } from "@/lib/kernel/dates";
import {
  charterCoverage,
  departmentRollups,
  dueSoonList,
  layerRollups,
  maturityByElement,
  overdueList,
  percent,
  progressTrend,
  rollup,
  sdgCoverage,
  type CharterTitle,
  type Rollup,
  type StatusCounts,
} from "./rollup";
import { history } from "./state-at";
import type { DashCommitment, DashDepartment, DashGroup, HistoryUpdate, RecentUpdate } from "./types";
import type { Layer } from "@/lib/reference/framework/catalogue/types";

/** Months in the "change over time" chart. */
export const TREND_MONTHS = 24;
/** Updates in the "recent updates" list. */
export const RECENT_UPDATES = 10;

export interface DashboardData {
  /** Today's state of every commitment. */
  commitments: DashCommitment[];
  /**
   * The updates after the end of the first day of the trend (what the state on any day shown
   * needs, see state-at.ts), oldest first, without notes.
   */
  updates: HistoryUpdate[];
  /** The newest updates up to the end of the as-of day, with notes, newest first. */
  recent: RecentUpdate[];
  departments: DashDepartment[];
  groups: DashGroup[];
  /** Names of the owners and of the authors of the recent updates (and of every member), by user id. */
  people: Record<string, string>;
}

/** A roll-up as shown: `percent` is the mean progress rounded to a whole number (null: no commitments). */
export interface ShownRollup {
  count: number;
  percent: number | null;
  statuses: StatusCounts;
}

export interface Dashboard {
  /** The day the numbers describe ("YYYY-MM-DD"); `today` unless a past date was asked for. */
  asOf: string;
  today: string;
  isPast: boolean;
  /** The commitments that existed on `asOf`, as they stood then. */
  commitments: DashCommitment[];
  overall: ShownRollup;
  layers: (ShownRollup & { layer: Layer })[];
  maturity: { elementKey: string; maturity: MaturityValue; level: number }[];
  overdue: DashCommitment[];
  dueSoon: DashCommitment[];
  recent: RecentUpdate[];
  charter: { title: CharterTitle; count: number }[];
  sdgs: { sdg: number; count: number }[];
  departments: (ShownRollup & { departmentId: string | null; name: string | null })[];
  /** Overall progress at the end of each of the last TREND_MONTHS months; the last point is `asOf`. */
  trend: { day: string; count: number; percent: number | null; inPlace: number }[];
  /** Every commitment of today, by id: titles for the recent updates (of any date). */
  commitmentsById: Record<string, DashCommitment>;
  departmentList: DashDepartment[];
  groups: DashGroup[];
  people: Record<string, string>;
}

function shown(r: Rollup): ShownRollup {
  return { count: r.count, percent: percent(r.progress), statuses: r.statuses };
}

const HISTORY_FIELDS = { commitmentId: true, at: true, fromStatus: true, fromProgress: true, fromMaturity: true } as const;
const UPDATE_FIELDS = { ...HISTORY_FIELDS, id: true, authorId: true, toStatus: true, toProgress: true, toMaturity: true } as const;

/** The days the dashboard of `asOf` shows: the end of each month of the trend, `asOf` last. */
export function trendDays(asOf: string): string[] {
  return monthEnds(asOf, TREND_MONTHS);
}

/** Reads the city's commitment data: a fixed number of statements (see the module comment). */
export async function loadDashboardData(ctx: { db: CityDb; city: { id: string } }, asOf: string): Promise<DashboardData> {
  // One snapshot: an update saved between two of these reads must not make the numbers disagree.
  const [commitments, updates, recent, departments, groups] = await ctx.db.$transaction(
    [
      ctx.db.commitment.findMany({
        select: {
          id: true,
          elementKey: true,
          layer: true,
          title: true,
          status: true,
          progress: true,
          maturity: true,
          ownerId: true,
          departmentId: true,
          startDate: true,
          targetDate: true,
          charterArticles: true,
          udhrArticles: true,
          sdgs: true,
          groups: true,
          createdAt: true,
        },
        orderBy: [{ elementKey: "asc" }, { title: "asc" }, { id: "asc" }],
      }),
      // Only what the trend's first day and later need: reading back from today (state-at.ts).
      ctx.db.commitmentUpdate.findMany({
        select: HISTORY_FIELDS,
        where: { at: { gt: endOfDay(trendDays(asOf)[0]!) } },
        orderBy: [{ at: "asc" }, { id: "asc" }],
      }),
      ctx.db.commitmentUpdate.findMany({
        select: { ...UPDATE_FIELDS, note: true, source: true },
        where: { at: { lte: endOfDay(asOf) } },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: RECENT_UPDATES,
      }),
      ctx.db.department.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
      ctx.db.rightsHolderGroup.findMany({ select: { key: true, nameNl: true, nameEn: true }, orderBy: { key: "asc" } }),
    ],
    // Waiting for a pooled connection like any other query does (Prisma's default gives up after
    // 2 s, which a busy server can exceed); a read this size finishes well within the timeout.
    { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: 30_000 },
  );

  const ids = new Set<string>();
  for (const c of commitments) if (c.ownerId) ids.add(c.ownerId);
  for (const u of recent) if (u.authorId) ids.add(u.authorId);
  // Always one query (the membership branch keeps it from being skipped for an empty id list).
  const people = await controlDb().user.findMany({
    where: { OR: [{ id: { in: [...ids] } }, { memberships: { some: { cityId: ctx.city.id } } }] },
    select: { id: true, name: true },
  });

  return {
    commitments: commitments.map((c) => ({
      ...c,
      status: c.status as CommitmentStatusValue,
      startDate: c.startDate ? isoDate(c.startDate) : null,
      targetDate: c.targetDate ? isoDate(c.targetDate) : null,
    })),
    updates,
    recent,
    departments,
    groups: groups.map((g) => ({ key: g.key, name: { nl: g.nameNl, en: g.nameEn } })),
    people: Object.fromEntries(people.map((p) => [p.id, p.name])),
  };
}

/** Every number of the dashboard on `asOf` (pure). `data` must come from loadDashboardData for the same `asOf`. */
export function buildDashboard(data: DashboardData, asOf: string, today: string): Dashboard {
  const h = history(data.commitments, data.updates);
  const isPast = asOf < today;
  // Today is today's stored state; a past day is derived from the history.
  const state = isPast ? h.on(asOf) : data.commitments;
  const overall = shown(rollup(state));
  const trend = progressTrend(h, trendDays(asOf)).map((p) => ({ day: p.day, count: p.count, percent: percent(p.progress), inPlace: p.inPlace }));
  // The last point is the as-of day itself: show exactly the headline figure there.
  trend[trend.length - 1] = { day: asOf, count: overall.count, percent: overall.percent, inPlace: overall.statuses.in_place };

  return {
    asOf,
    today,
    isPast,
    commitments: state,
    overall,
    layers: layerRollups(state).map((l) => ({ layer: l.layer, ...shown(l) })),
    maturity: maturityByElement(state),
    overdue: overdueList(state, asOf),
    dueSoon: dueSoonList(state, asOf),
    recent: data.recent,
    charter: charterCoverage(state),
    sdgs: sdgCoverage(state),
    departments: departmentRollups(state, data.departments).map((d) => ({ departmentId: d.departmentId, name: d.name, ...shown(d) })),
    trend,
    commitmentsById: Object.fromEntries(data.commitments.map((c) => [c.id, c])),
    departmentList: data.departments,
    groups: data.groups,
    people: data.people,
  };
}

/**
 * The dashboard of the city in `ctx` (a CityContext from requireCityAccess / cityPageContext) on
 * `asOf` (default today, UTC). `asOf` must be a valid "YYYY-MM-DD" no later than today.
 */
export async function loadDashboard(ctx: { db: CityDb; city: { id: string } }, opts: { asOf?: string; today?: string } = {}): Promise<Dashboard> {
  const today = opts.today ?? isoDate(new Date());
  const asOf = opts.asOf && opts.asOf < today ? opts.asOf : today;
  return buildDashboard(await loadDashboardData(ctx, asOf), asOf, today);
}
