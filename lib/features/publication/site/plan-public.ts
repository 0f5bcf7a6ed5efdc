/**
 * The published action plans of a snapshot (PublicPlan in ./types.ts), from rows of the city's
 * tables. What is published and what is not is decided here and in `readPlanRows`:
 * - only plans the city marked public (ActionPlan.isPublic) that are adopted or closed — a draft
 *   never, even when marked;
 * - no owner (a person), no status reason and no update notes (internal), no budget;
 * - departments by name; commitments by their public key, only when the commitment is published.
 * Pure mapping in `publicPlansFromRows`; `readPlanRows` reads.
 */
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { rollup } from "@/lib/features/action-plans/rollup";
import { assessTarget } from "@/lib/features/indicators/target-status";
import type { PublicPlan } from "./types";
import { isoDate } from "@/lib/kernel/dates";

type Dec = { toString(): string };

export interface PlanRows {
  plans: {
    id: string;
    title: string;
    summary: string;
    status: "draft" | "adopted" | "closed";
    isPublic: boolean;
    periodStart: Date;
    periodEnd: Date;
    adoptedOn: Date | null;
    adoptionReference: string;
  }[];
  objectives: { id: string; planId: string; title: string; term: "short" | "long"; intendedChange: string }[];
  actions: {
    id: string;
    objectiveId: string;
    title: string;
    description: string;
    status: PublicPlan["actions"][number]["status"];
    progress: number;
    startDate: Date | null;
    dueDate: Date | null;
    departmentId: string | null;
    lastUpdateAt: Date;
  }[];
  actionCommitments: { actionId: string; commitmentId: string }[];
  indicators: {
    id: string;
    planId: string;
    name: string;
    definition: string;
    type: "structure" | "process" | "outcome";
    unit: string;
    direction: "higher" | "lower";
    accumulation: "per_period" | "cumulative";
    baselineValue: Dec | null;
    baselineYear: number | null;
    targetValue: Dec | null;
    targetYear: number | null;
    dataSource: string;
    frequency: "monthly" | "quarterly" | "yearly";
    dimensions: string[];
  }[];
  indicatorObjectives: { indicatorId: string; objectiveId: string }[];
  measurements: { id: string; indicatorId: string; period: string; periodStart: Date; value: Dec; breakdown: unknown; sourceNote: string }[];
}

const day = (d: Date | null) => (d ? isoDate(d) : null);
const dec = (d: Dec | null) => (d === null ? null : d.toString());

export function isPublishablePlan(p: { isPublic: boolean; status: string }): boolean {
  return p.isPublic && (p.status === "adopted" || p.status === "closed");
}

/** Keys of published commitments by id; departments' names by id. */
export function publicPlansFromRows(rows: PlanRows, ctx: { commitmentKeys: Map<string, string>; departments: Map<string, string> }): PublicPlan[] {
  const plans = rows.plans.filter(isPublishablePlan).sort((a, b) => b.periodStart.getTime() - a.periodStart.getTime() || a.title.localeCompare(b.title));
  return plans.map((p) => {
    const objectives = rows.objectives.filter((o) => o.planId === p.id);
    const objectiveIds = new Set(objectives.map((o) => o.id));
    const actions = rows.actions.filter((a) => objectiveIds.has(a.objectiveId));
    const indicators = rows.indicators.filter((i) => i.planId === p.id);
    const planRollup = rollup(actions);
    return {
      key: p.id,
      title: p.title,
      summary: p.summary,
      status: p.status as "adopted" | "closed",
      periodStart: day(p.periodStart)!,
      periodEnd: day(p.periodEnd)!,
      adoptedOn: day(p.adoptedOn),
      adoptionReference: p.adoptionReference,
      progress: planRollup.progress,
      statusCounts: planRollup.byStatus,
      objectives: objectives.map((o) => ({
        key: o.id,
        title: o.title,
        term: o.term,
        intendedChange: o.intendedChange,
        progress: rollup(actions.filter((a) => a.objectiveId === o.id)).progress,
      })),
      actions: actions.map((a) => ({
        key: a.id,
        objectiveKey: a.objectiveId,
        title: a.title,
        description: a.description,
        status: a.status,
        progress: a.progress,
        startDate: day(a.startDate),
        dueDate: day(a.dueDate),
        department: a.departmentId ? (ctx.departments.get(a.departmentId) ?? null) : null,
        lastUpdateAt: a.lastUpdateAt.toISOString(),
        commitmentKeys: rows.actionCommitments
          .filter((l) => l.actionId === a.id && ctx.commitmentKeys.has(l.commitmentId))
          .map((l) => ctx.commitmentKeys.get(l.commitmentId)!)
          .sort(),
      })),
      indicators: indicators.map((i) => {
        const measurements = rows.measurements
          .filter((m) => m.indicatorId === i.id)
          .sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime())
          .map((m) => ({
            id: m.id,
            period: m.period,
            periodStart: day(m.periodStart)!,
            value: m.value.toString(),
            breakdown: (m.breakdown ?? {}) as Record<string, Record<string, number>>,
            sourceNote: m.sourceNote,
          }));
        const num = (d: Dec | null) => (d === null ? null : Number(d.toString()));
        const assessment = assessTarget(
          {
            direction: i.direction,
            accumulation: i.accumulation,
            frequency: i.frequency,
            baselineValue: num(i.baselineValue),
            baselineYear: i.baselineYear,
            targetValue: num(i.targetValue),
            targetYear: i.targetYear,
          },
          measurements.map((m) => ({ period: m.period, periodStart: m.periodStart, value: Number(m.value) })),
        );
        return {
          key: i.id,
          name: i.name,
          definition: i.definition,
          type: i.type,
          unit: i.unit,
          direction: i.direction,
          accumulation: i.accumulation,
          baselineValue: dec(i.baselineValue),
          baselineYear: i.baselineYear,
          targetValue: dec(i.targetValue),
          targetYear: i.targetYear,
          dataSource: i.dataSource,
          frequency: i.frequency,
          dimensions: i.dimensions,
          objectiveKeys: rows.indicatorObjectives.filter((l) => l.indicatorId === i.id && objectiveIds.has(l.objectiveId)).map((l) => l.objectiveId),
          targetStatus: assessment.status,
          expected: assessment.expected,
          measurements,
        };
      }),
    };
  });
}

/** Reads only publishable plans and what belongs to them (nothing of a draft leaves the database). */
export async function readPlanRows(db: CityTx | CityDb): Promise<PlanRows> {
  const plans = await db.actionPlan.findMany({
    where: { isPublic: true, status: { in: ["adopted", "closed"] } },
    select: {
      id: true,
      title: true,
      summary: true,
      status: true,
      isPublic: true,
      periodStart: true,
      periodEnd: true,
      adoptedOn: true,
      adoptionReference: true,
    },
  });
  const planIds = plans.map((p) => p.id);
  if (planIds.length === 0) return { plans: [], objectives: [], actions: [], actionCommitments: [], indicators: [], indicatorObjectives: [], measurements: [] };
  const inPlans = { planId: { in: planIds } };
  const objectives = await db.objective.findMany({
    where: inPlans,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, planId: true, title: true, term: true, intendedChange: true },
  });
  const actions = await db.action.findMany({
    where: { objective: inPlans },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      objectiveId: true,
      title: true,
      description: true,
      status: true,
      progress: true,
      startDate: true,
      dueDate: true,
      departmentId: true,
      lastUpdateAt: true,
    },
  });
  const actionCommitments = await db.actionCommitment.findMany({ where: { action: { objective: inPlans } }, select: { actionId: true, commitmentId: true } });
  const indicators = await db.indicator.findMany({
    where: inPlans,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      planId: true,
      name: true,
      definition: true,
      type: true,
      unit: true,
      direction: true,
      accumulation: true,
      baselineValue: true,
      baselineYear: true,
      targetValue: true,
      targetYear: true,
      dataSource: true,
      frequency: true,
      dimensions: true,
    },
  });
  const indicatorObjectives = await db.indicatorObjective.findMany({ where: { indicator: inPlans }, select: { indicatorId: true, objectiveId: true } });
  const measurements = await db.measurement.findMany({
    where: { indicator: inPlans },
    select: { id: true, indicatorId: true, period: true, periodStart: true, value: true, breakdown: true, sourceNote: true },
  });
  return { plans, objectives, actions, actionCommitments, indicators, indicatorObjectives, measurements };
}
