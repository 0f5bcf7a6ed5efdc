import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { toPlanRecord, type PlanRecord } from "./records";
import { rollup, type Rollup } from "./rollup";

export interface PlanListItem {
  plan: PlanRecord;
  rollup: Rollup;
  objectives: number;
  indicators: number;
}

/** The city's plans, newest period first, each with its roll-up (three queries in all). */
export async function listPlans(db: CityDb): Promise<PlanListItem[]> {
  const [plans, actions] = await Promise.all([
    db.actionPlan.findMany({
      orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
      include: { _count: { select: { objectives: true, indicators: true } } },
    }),
    db.action.findMany({ select: { status: true, progress: true, objective: { select: { planId: true } } } }),
  ]);
  return plans.map(({ _count, ...p }) => ({
    plan: toPlanRecord(p),
    rollup: rollup(actions.filter((a) => a.objective.planId === p.id)),
    objectives: _count.objectives,
    indicators: _count.indicators,
  }));
}
