import "server-only";
import { z } from "zod";
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { NotFoundError } from "@/lib/kernel/errors";
import type { PlanImportKind } from "./import-types";

/** The plan of this city with that id, or null (another city's id finds nothing). */
export async function findPlan(db: CityDb | CityTx, planId: string): Promise<{ id: string; title: string; currency: string } | null> {
  if (!z.uuid().safeParse(planId).success) return null;
  return db.actionPlan.findUnique({ where: { id: planId }, select: { id: true, title: true, currency: true } });
}

export async function requirePlan(db: CityDb | CityTx, planId: string): Promise<{ id: string; title: string; currency: string }> {
  const plan = await findPlan(db, planId);
  if (!plan) throw new NotFoundError();
  return plan;
}

/** How many indicators and actions the plan has: a sheet without rows to fill has nothing to import. */
export async function countPlanData(db: CityDb, planId: string): Promise<Record<PlanImportKind, number>> {
  const [measurements, actions] = await Promise.all([db.indicator.count({ where: { planId } }), db.action.count({ where: { objective: { planId } } })]);
  return { measurements, actions };
}
