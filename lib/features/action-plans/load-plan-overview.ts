import "server-only";
import { z } from "zod";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { listMembers } from "@/lib/features/members/list-members";
import { assessTarget, type TargetAssessment } from "@/lib/features/indicators/target-status";
import type { AccumulationValue, IndicatorTypeValue } from "@/lib/features/indicators/schema";
import {
  day,
  toGapRecord,
  toObjectiveRecord,
  toPlanRecord,
  toStrategyRecord,
  toThemeRecord,
  type GapRecord,
  type ObjectiveRecord,
  type PlanRecord,
  type StrategyRecord,
  type ThemeRecord,
} from "./records";
import { isOverdue, rollup, type Rollup } from "./rollup";
import type { ActionStatusValue } from "./schema";
import { isoDate } from "@/lib/kernel/dates";

/** One action as the overview, the table and the timeline show it. */
export interface ActionSummary {
  id: string;
  objectiveId: string;
  title: string;
  status: ActionStatusValue;
  statusReason: string;
  progress: number;
  startDate: string | null;
  dueDate: string | null;
  departmentId: string | null;
  departmentName: string | null;
  ownerName: string | null;
  groups: string[];
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  overdue: boolean;
}

export interface MilestoneSummary {
  id: string;
  actionId: string;
  title: string;
  dueDate: string;
  completedOn: string | null;
}

export interface IndicatorSummary {
  id: string;
  name: string;
  type: IndicatorTypeValue;
  unit: string;
  accumulation: AccumulationValue;
  objectiveIds: string[];
  measurements: number;
  assessment: TargetAssessment;
}

export interface ObjectiveView {
  record: ObjectiveRecord;
  rollup: Rollup;
  actions: ActionSummary[];
  indicatorIds: string[];
}

export interface PlanOverview {
  plan: PlanRecord;
  rollup: Rollup;
  themes: ThemeRecord[];
  objectives: ObjectiveView[];
  actions: ActionSummary[];
  milestones: MilestoneSummary[];
  gaps: GapRecord[];
  strategies: StrategyRecord[];
  indicators: IndicatorSummary[];
  today: string;
}

const num = (d: { toString(): string }) => Number(d.toString());

/**
 * Everything the plan's overview, table and timeline show, in a fixed number of queries whatever
 * the plan's size (the plan, then nine lists in parallel, plus the members' names from the
 * control schema); roll-ups and target statuses are computed here, not in SQL. Null for an id
 * that is not one of the city's plans.
 */
export async function loadPlanOverview(db: CityDb, cityId: string, planId: string, now = new Date()): Promise<PlanOverview | null> {
  if (!z.uuid().safeParse(planId).success) return null;
  const planRow = await db.actionPlan.findUnique({ where: { id: planId } });
  if (!planRow) return null;
  const inPlan = { objective: { planId } };
  const [themes, objectives, actions, milestones, gaps, strategies, indicators, measurements, links, members] = await Promise.all([
    db.planTheme.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.objective.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.action.findMany({
      where: inPlan,
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        objectiveId: true,
        title: true,
        status: true,
        statusReason: true,
        progress: true,
        startDate: true,
        dueDate: true,
        departmentId: true,
        ownerId: true,
        groups: true,
        charterArticles: true,
        udhrArticles: true,
        sdgs: true,
        department: { select: { name: true } },
      },
    }),
    db.milestone.findMany({
      where: { action: inPlan },
      orderBy: [{ dueDate: "asc" }],
      select: { id: true, actionId: true, title: true, dueDate: true, completedOn: true },
    }),
    db.baselineGap.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.strategyLink.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.indicator.findMany({
      where: { planId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        name: true,
        type: true,
        unit: true,
        direction: true,
        accumulation: true,
        frequency: true,
        baselineValue: true,
        baselineYear: true,
        targetValue: true,
        targetYear: true,
      },
    }),
    // Only what the status needs: the breakdowns stay on the indicator's own page.
    db.measurement.findMany({ where: { indicator: { planId } }, select: { indicatorId: true, period: true, periodStart: true, value: true } }),
    db.indicatorObjective.findMany({ where: { indicator: { planId } }, select: { indicatorId: true, objectiveId: true } }),
    listMembers(cityId),
  ]);

  const today = isoDate(now);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const actionViews: ActionSummary[] = actions.map((a) => {
    const startDate = day(a.startDate);
    const dueDate = day(a.dueDate);
    return {
      id: a.id,
      objectiveId: a.objectiveId,
      title: a.title,
      status: a.status,
      statusReason: a.statusReason,
      progress: a.progress,
      startDate,
      dueDate,
      departmentId: a.departmentId,
      departmentName: a.department?.name ?? null,
      ownerName: a.ownerId ? (names.get(a.ownerId) ?? null) : null,
      groups: a.groups,
      charterArticles: a.charterArticles,
      udhrArticles: a.udhrArticles,
      sdgs: a.sdgs,
      overdue: isOverdue({ status: a.status, dueDate }, today),
    };
  });

  const byIndicator = new Map<string, { period: string; periodStart: string; value: number }[]>();
  for (const m of measurements) {
    const list = byIndicator.get(m.indicatorId) ?? [];
    list.push({ period: m.period, periodStart: day(m.periodStart)!, value: num(m.value) });
    byIndicator.set(m.indicatorId, list);
  }
  const objectivesOf = new Map<string, string[]>();
  const indicatorsOf = new Map<string, string[]>();
  for (const l of links) {
    objectivesOf.set(l.indicatorId, [...(objectivesOf.get(l.indicatorId) ?? []), l.objectiveId]);
    indicatorsOf.set(l.objectiveId, [...(indicatorsOf.get(l.objectiveId) ?? []), l.indicatorId]);
  }
  const indicatorViews: IndicatorSummary[] = indicators.map((i) => {
    const series = byIndicator.get(i.id) ?? [];
    return {
      id: i.id,
      name: i.name,
      type: i.type,
      unit: i.unit,
      accumulation: i.accumulation,
      objectiveIds: objectivesOf.get(i.id) ?? [],
      measurements: series.length,
      assessment: assessTarget(
        {
          direction: i.direction,
          accumulation: i.accumulation,
          frequency: i.frequency,
          baselineValue: i.baselineValue === null ? null : num(i.baselineValue),
          baselineYear: i.baselineYear,
          targetValue: i.targetValue === null ? null : num(i.targetValue),
          targetYear: i.targetYear,
        },
        series,
      ),
    };
  });

  const actionsOf = new Map<string, ActionSummary[]>();
  for (const a of actionViews) actionsOf.set(a.objectiveId, [...(actionsOf.get(a.objectiveId) ?? []), a]);
  return {
    plan: toPlanRecord(planRow),
    rollup: rollup(actionViews),
    themes: themes.map(toThemeRecord),
    objectives: objectives.map((o) => {
      const own = actionsOf.get(o.id) ?? [];
      return { record: toObjectiveRecord(o), rollup: rollup(own), actions: own, indicatorIds: indicatorsOf.get(o.id) ?? [] };
    }),
    actions: actionViews,
    milestones: milestones.map((m) => ({ id: m.id, actionId: m.actionId, title: m.title, dueDate: day(m.dueDate)!, completedOn: day(m.completedOn) })),
    gaps: gaps.map(toGapRecord),
    strategies: strategies.map(toStrategyRecord),
    indicators: indicatorViews,
    today,
  };
}
