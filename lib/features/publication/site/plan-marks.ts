import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";

/** The city's plans with their "public" mark, for the publishing settings (newest period first). */
export async function listPlanMarks(db: CityDb): Promise<{ id: string; title: string; status: "draft" | "adopted" | "closed"; isPublic: boolean }[]> {
  return db.actionPlan.findMany({ orderBy: [{ periodStart: "desc" }, { title: "asc" }], select: { id: true, title: true, status: true, isPublic: true } });
}
