import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";

/** The city's commitments to link an action to: framework elements first (by key), then its own. */
export async function listCommitmentChoices(db: CityDb): Promise<{ id: string; elementKey: string | null; title: string }[]> {
  const rows = await db.commitment.findMany({ select: { id: true, elementKey: true, title: true }, orderBy: [{ elementKey: "asc" }, { title: "asc" }] });
  return rows;
}

/** The objectives of one plan, in order (for moving an action or linking an indicator). */
export async function listObjectiveChoices(db: CityDb, planId: string): Promise<{ id: string; title: string }[]> {
  return db.objective.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true } });
}

/** The city's plans, newest first (for the plan of a new indicator). */
export async function listPlanChoices(db: CityDb): Promise<{ id: string; title: string }[]> {
  return db.actionPlan.findMany({ orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }], select: { id: true, title: true } });
}
