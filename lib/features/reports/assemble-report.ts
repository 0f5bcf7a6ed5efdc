/**
 * Assembles the generated part of an annual report from plain data (loaded by ./load-report-inputs.ts),
 * as the record stood at the end of the year (31 December, UTC). Everything with a history is read
 * backwards from today's stored values, the same way as the dashboard's state on a past date
 * (lib/features/dashboard/state-at.ts):
 *  - commitments: status, progress and maturity through lib/features/dashboard/state-at.ts;
 *  - actions: a field that an update after year end changed had that first later update's "from"
 *    value; the reason of an at-risk/delayed status is the one recorded with the last status change
 *    up to year end (today's reason when no later update changed the status);
 *  - measurements: a value entered after year end did not exist; a value corrected after year end
 *    had the value saved in the first correction after year end (MeasurementRevision keeps it);
 *  - the declaration: its status is the last lifecycle transition up to year end; consultation
 *    figures count comments made up to year end and outcomes recorded up to year end.
 * Things without a history (titles, departments, plan status, indicator definitions) are today's.
 * Records created after year end do not count.
 */
import { LAYERS } from "@/lib/reference/framework/catalogue/types";
import { needsReason } from "@/lib/features/action-plans/policy";
import { ACTION_STATUSES } from "@/lib/features/action-plans/schema";
import { endOfDay, isoDate } from "@/lib/kernel/dates";
import { history } from "@/lib/features/dashboard/state-at";
import { meanProgress, percent } from "@/lib/features/dashboard/rollup";
import type { DashCommitment, HistoryUpdate } from "@/lib/features/dashboard/types";
import {
  REPORT_DATA_FORMAT,
  type ActionStatus,
  type DeclarationStatus,
  type GeneratedReport,
  type ReportAction,
  type ReportCommitment,
  type ReportIndicator,
} from "./report-data";

export interface InputAction {
  id: string;
  title: string;
  plan: string;
  department: string | null;
  status: ActionStatus;
  progress: number;
  statusReason: string;
  dueDate: string | null;
  createdAt: Date;
}

export interface InputActionUpdate {
  actionId: string;
  at: Date;
  fromStatus: ActionStatus | null;
  toStatus: ActionStatus | null;
  fromProgress: number | null;
  statusReason: string;
}

export interface InputMeasurement {
  indicatorId: string;
  period: string;
  /** "YYYY-MM-DD" */
  periodStart: string;
  value: number;
  createdAt: Date;
  /** Corrections: the value it had before each change, and when it changed. */
  revisions: { value: number; changedAt: Date }[];
}

export interface InputIndicator {
  id: string;
  name: string;
  plan: string;
  unit: string;
  direction: "higher" | "lower";
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  createdAt: Date;
}

export interface InputDeclaration {
  title: string;
  createdAt: Date;
  transitions: { from: DeclarationStatus | null; to: DeclarationStatus; at: Date }[];
  comments: InputComment[];
}

export interface InputComment {
  authorId: string | null;
  parentId: string | null;
  createdAt: Date;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  outcome: "accepted" | "partly_accepted" | "not_taken_up" | "out_of_scope" | null;
  outcomeAt: Date | null;
}

export interface ReportInputs {
  year: number;
  now: Date;
  commitments: DashCommitment[];
  /** Every commitment update after the end of the previous year. */
  commitmentUpdates: HistoryUpdate[];
  plans: { title: string; periodStart: string; periodEnd: string; status: "draft" | "adopted" | "closed"; createdAt: Date }[];
  actions: InputAction[];
  /** Every action update after the end of the previous year. */
  actionUpdates: InputActionUpdate[];
  indicators: InputIndicator[];
  /** Measurements for the year and the previous year. */
  measurements: InputMeasurement[];
  declarations: InputDeclaration[];
  /** Comments on this city's annual reports (any year), for the advisory council's activity. */
  reportComments: { authorId: string | null; createdAt: Date; deletedAt: Date | null; hiddenAt: Date | null }[];
  /** Members of the advisory council (user ids). */
  advisoryMemberIds: ReadonlySet<string>;
}

export function yearEnd(year: number): Date {
  return endOfDay(`${year}-12-31`);
}

/** Has the year ended at `now` (UTC)? Until it has, its report can only be an interim one. */
export function yearHasEnded(year: number, now: Date): boolean {
  return now > yearEnd(year);
}

export function assembleReport(input: ReportInputs): GeneratedReport {
  // A year that has not ended is read as it stands today, and the report says so (interim).
  const interim = !yearHasEnded(input.year, input.now);
  const asOf = interim ? isoDate(input.now) : `${input.year}-12-31`;
  const end = interim ? endOfDay(asOf) : yearEnd(input.year);
  const prevEnd = yearEnd(input.year - 1);
  const inYear = (d: Date) => d > prevEnd && d <= end;
  return {
    format: REPORT_DATA_FORMAT,
    year: input.year,
    asOf,
    ...(interim ? { interim: true as const } : {}),
    generatedAt: input.now.toISOString(),
    framework: framework(input, end, prevEnd, inYear),
    declaration: declaration(input, end, prevEnd, inYear),
    actionPlan: actionPlan(input, end),
    indicators: indicators(input, end),
    gaps: gaps(input, end, prevEnd, inYear),
    advisory: advisory(input, inYear),
  };
}

function framework(input: ReportInputs, end: Date, prevEnd: Date, inYear: (d: Date) => boolean): GeneratedReport["framework"] {
  const h = history(input.commitments, input.commitmentUpdates);
  const now = h.at(end);
  const before = new Map(h.at(prevEnd).map((c) => [c.id, c]));
  const changes = new Map<string, number>();
  for (const u of input.commitmentUpdates) if (inYear(u.at)) changes.set(u.commitmentId, (changes.get(u.commitmentId) ?? 0) + 1);

  const commitments: ReportCommitment[] = now.map((c) => {
    const b = before.get(c.id);
    return {
      id: c.id,
      elementKey: c.elementKey,
      layer: c.layer,
      title: c.title,
      status: c.status,
      progress: c.progress,
      maturity: c.maturity,
      before: b ? { status: b.status, progress: b.progress, maturity: b.maturity } : null,
      changes: changes.get(c.id) ?? 0,
    };
  });
  const previous = [...before.values()];
  return {
    overall: { count: now.length, progress: percent(meanProgress(now)), previousProgress: percent(meanProgress(previous)) },
    layers: LAYERS.map((layer) => {
      const list = now.filter((c) => c.layer === layer);
      return {
        layer,
        count: list.length,
        progress: percent(meanProgress(list)),
        previousProgress: percent(meanProgress(previous.filter((c) => c.layer === layer))),
        inPlace: list.filter((c) => c.status === "in_place").length,
      };
    }),
    commitments,
    changedCount: commitments.filter((c) => c.changes > 0).length,
  };
}

function statusAt(d: InputDeclaration, instant: Date): DeclarationStatus | null {
  if (d.createdAt > instant) return null;
  let status: DeclarationStatus = "draft";
  for (const t of [...d.transitions].sort((a, b) => a.at.getTime() - b.at.getTime())) if (t.at <= instant) status = t.to;
  return status;
}

function declaration(input: ReportInputs, end: Date, prevEnd: Date, inYear: (d: Date) => boolean): GeneratedReport["declaration"] {
  // The declaration worked on at year end: the newest one that existed then.
  const existing = input.declarations.filter((d) => d.createdAt <= end).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const d = existing[0];
  if (!d) return null;
  const comments = d.comments.filter(
    (c) => c.parentId === null && c.createdAt <= end && !(c.deletedAt && c.deletedAt <= end) && !(c.hiddenAt && c.hiddenAt <= end),
  );
  const decided = comments.filter((c) => c.outcome !== null && c.outcomeAt !== null && c.outcomeAt <= end);
  const accepted = decided.filter((c) => c.outcome === "accepted").length;
  const partlyAccepted = decided.filter((c) => c.outcome === "partly_accepted").length;
  return {
    title: d.title,
    status: statusAt(d, end)!,
    previousStatus: statusAt(d, prevEnd),
    transitions: d.transitions
      .filter((t) => inYear(t.at))
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((t) => ({ from: t.from, to: t.to, on: isoDate(t.at) })),
    consultation: {
      comments: comments.length,
      commenters: new Set(comments.map((c) => c.authorId).filter(Boolean)).size,
      withOutcome: decided.length,
      accepted,
      partlyAccepted,
      // Share of the comments with an outcome that were taken up, fully or partly.
      acceptedPercent: decided.length ? Math.round(((accepted + partlyAccepted) / decided.length) * 100) : null,
    },
  };
}

/** The actions that existed at year end, with status, progress and reason as they stood then. */
function actionsAtYearEnd(input: ReportInputs, end: Date): (ReportAction & { id: string; createdAt: Date })[] {
  const byAction = new Map<string, InputActionUpdate[]>();
  for (const u of input.actionUpdates) {
    const list = byAction.get(u.actionId) ?? [];
    list.push(u);
    byAction.set(u.actionId, list);
  }
  return input.actions
    .filter((a) => a.createdAt <= end)
    .map((a) => {
      const list = (byAction.get(a.id) ?? []).sort((x, y) => x.at.getTime() - y.at.getTime());
      const later = list.filter((u) => u.at > end);
      let status = a.status;
      let progress = a.progress;
      let reason = a.statusReason;
      const firstStatus = later.find((u) => u.fromStatus !== null);
      const firstProgress = later.find((u) => u.fromProgress !== null);
      if (firstStatus) {
        status = firstStatus.fromStatus!;
        const lastChange = list.filter((u) => u.at <= end && u.toStatus !== null).at(-1);
        reason = lastChange?.statusReason ?? "";
      }
      if (firstProgress) progress = firstProgress.fromProgress!;
      return {
        id: a.id,
        createdAt: a.createdAt,
        title: a.title,
        plan: a.plan,
        department: a.department,
        status,
        progress,
        reason: needsReason(status) ? reason : "",
        dueDate: a.dueDate,
      };
    });
}

function actionPlan(input: ReportInputs, end: Date): GeneratedReport["actionPlan"] {
  const actions = actionsAtYearEnd(input, end);
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const a of actions) counts[a.status]++;
  return {
    plans: input.plans.filter((p) => p.createdAt <= end).map(({ createdAt: _c, ...p }) => p),
    counts,
    actions: actions.map(({ id: _i, createdAt: _c, ...a }) => a),
  };
}

/** The measurement's value as known at year end, or null when it had not been entered by then. */
function valueAt(m: InputMeasurement, end: Date): number | null {
  if (m.createdAt > end) return null;
  const firstLater = [...m.revisions].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime()).find((r) => r.changedAt > end);
  return firstLater ? firstLater.value : m.value;
}

/** The latest period starting in `year` that had a value at year end. */
function latestIn(list: InputMeasurement[], year: number, end: Date): { value: number; period: string } | null {
  const known = list
    .filter((m) => m.periodStart.startsWith(`${year}-`))
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart))
    .map((m) => ({ value: valueAt(m, end), period: m.period }))
    .find((m) => m.value !== null);
  return known ? { value: known.value!, period: known.period } : null;
}

function indicators(input: ReportInputs, end: Date): ReportIndicator[] {
  const byIndicator = new Map<string, InputMeasurement[]>();
  for (const m of input.measurements) byIndicator.set(m.indicatorId, [...(byIndicator.get(m.indicatorId) ?? []), m]);
  return input.indicators
    .filter((i) => i.createdAt <= end)
    .map((i) => {
      const list = byIndicator.get(i.id) ?? [];
      const current = latestIn(list, input.year, end);
      const previous = latestIn(list, input.year - 1, end);
      const change = current && previous ? round4(current.value - previous.value) : null;
      return {
        name: i.name,
        plan: i.plan,
        unit: i.unit,
        direction: i.direction,
        baselineValue: i.baselineValue,
        baselineYear: i.baselineYear,
        targetValue: i.targetValue,
        targetYear: i.targetYear,
        value: current?.value ?? null,
        period: current?.period ?? null,
        previousValue: previous?.value ?? null,
        previousPeriod: previous?.period ?? null,
        change,
        improved: change === null || change === 0 ? null : i.direction === "higher" ? change > 0 : change < 0,
      };
    });
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

function gaps(input: ReportInputs, end: Date, prevEnd: Date, inYear: (d: Date) => boolean): GeneratedReport["gaps"] {
  const h = history(input.commitments, input.commitmentUpdates);
  const touched = new Set(input.commitmentUpdates.filter((u) => inYear(u.at)).map((u) => u.commitmentId));
  const staleCommitments = h
    .at(end)
    .filter((c) => c.createdAt <= prevEnd && c.status !== "in_place" && !touched.has(c.id))
    .map((c) => (c.elementKey ? `${c.elementKey} ${c.title}` : c.title));
  const actionTouched = new Set(input.actionUpdates.filter((u) => inYear(u.at)).map((u) => u.actionId));
  const staleActions = actionsAtYearEnd(input, end)
    .filter((a) => a.createdAt <= prevEnd && a.status !== "done" && a.status !== "cancelled" && !actionTouched.has(a.id))
    .map((a) => a.title);
  const missingIndicators = indicators(input, end)
    .filter((i) => i.value === null)
    .map((i) => i.name);
  return { staleCommitments, staleActions, missingIndicators };
}

function advisory(input: ReportInputs, inYear: (d: Date) => boolean): GeneratedReport["advisory"] {
  const comments = [...input.declarations.flatMap((d) => d.comments), ...input.reportComments].filter(
    // A comment its author deleted, or an officer hid, is not counted as activity (as in consultationStats).
    (c) => c.authorId !== null && input.advisoryMemberIds.has(c.authorId) && inYear(c.createdAt) && c.deletedAt === null && c.hiddenAt === null,
  );
  return { comments: comments.length, commenters: new Set(comments.map((c) => c.authorId)).size };
}
