import "server-only";
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { Action } from "@/lib/generated/city/client";
import { canonicalDecimal } from "./import-types";
import type { StateAction } from "./plan-action-import";
import type { Breakdown, MeasurementState } from "./plan-measurement-import";
import { isoDate } from "@/lib/kernel/dates";

type Db = CityDb | CityTx;
const day = isoDate;
const dec = (d: { toString(): string } | null) => (d === null ? "" : canonicalDecimal(d.toString()));

/** The plan's indicators (in plan order) and all their measurements, as the measurements import checks them. */
export async function loadMeasurementState(db: Db, planId: string): Promise<MeasurementState> {
  const indicators = await db.indicator.findMany({
    where: { planId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, unit: true, frequency: true, dimensions: true },
  });
  const measurements = await db.measurement.findMany({
    where: { indicator: { planId } },
    orderBy: [{ periodStart: "asc" }],
    select: { id: true, indicatorId: true, period: true, periodStart: true, value: true, breakdown: true, sourceNote: true, version: true },
  });
  return {
    indicators,
    measurements: measurements.map((m) => ({
      ...m,
      periodStart: day(m.periodStart),
      value: dec(m.value),
      breakdown: (m.breakdown ?? {}) as Breakdown,
    })),
  };
}

/** The plan's actions in plan order (objective, then action), full rows for the apply step and as the import checks them. */
export async function loadActionState(db: Db, planId: string): Promise<{ rows: (Action & { objective: { title: string } })[]; state: StateAction[] }> {
  const rows = await db.action.findMany({
    where: { objective: { planId } },
    orderBy: [{ objective: { position: "asc" } }, { objective: { createdAt: "asc" } }, { position: "asc" }, { createdAt: "asc" }],
    include: { objective: { select: { title: true } } },
  });
  return {
    rows,
    state: rows.map((a) => ({
      id: a.id,
      title: a.title,
      objectiveTitle: a.objective.title,
      status: a.status,
      progress: a.progress,
      statusReason: a.statusReason,
      budgetSpent: dec(a.budgetSpent),
      version: a.version,
    })),
  };
}
