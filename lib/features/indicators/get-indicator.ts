import "server-only";
import { z } from "zod";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { toPlanRecord, type PlanRecord } from "@/lib/features/action-plans/records";
import { breakdownRows, toIndicatorRecord, toMeasurementRecord, type IndicatorRecord, type MeasurementRecord } from "./records";
import { assessTarget, type TargetAssessment } from "./target-status";
import type { TBreakdownRow } from "./schema";

export interface RevisionEntry {
  id: string;
  measurementId: string;
  value: string;
  breakdown: TBreakdownRow[];
  sourceNote: string;
  enteredBy: string | null;
  enteredAt: Date;
  changedBy: string | null;
  changedAt: Date;
  reason: string;
}

export interface IndicatorPage {
  indicator: IndicatorRecord;
  plan: PlanRecord;
  objectives: { id: string; title: string }[];
  /** Oldest period first. */
  measurements: MeasurementRecord[];
  revisions: RevisionEntry[];
  assessment: TargetAssessment;
}

const num = (s: string | null) => (s === null ? null : Number(s));

/** One of the city's indicators with its series, corrections and status; null for any other id. */
export async function getIndicator(db: CityDb, id: string): Promise<IndicatorPage | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.indicator.findUnique({
    where: { id },
    include: {
      plan: true,
      objectiveLinks: { select: { objectiveId: true } },
      measurements: { orderBy: { periodStart: "asc" }, include: { revisions: { orderBy: { changedAt: "desc" } } } },
    },
  });
  if (!row) return null;
  const { plan, objectiveLinks, measurements, ...indicatorRow } = row;
  const indicator = toIndicatorRecord(
    indicatorRow,
    objectiveLinks.map((l) => l.objectiveId),
  );
  const objectives = await db.objective.findMany({
    where: { planId: plan.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true },
  });
  const series = measurements.map(({ revisions: _r, ...m }) => toMeasurementRecord(m));
  return {
    indicator,
    plan: toPlanRecord(plan),
    objectives,
    measurements: series,
    revisions: measurements.flatMap((m) =>
      m.revisions.map((r) => ({
        id: r.id,
        measurementId: m.id,
        value: r.value.toString(),
        breakdown: breakdownRows(r.breakdown),
        sourceNote: r.sourceNote,
        enteredBy: r.enteredBy,
        enteredAt: r.enteredAt,
        changedBy: r.changedBy,
        changedAt: r.changedAt,
        reason: r.reason,
      })),
    ),
    assessment: assessTarget(
      {
        direction: indicator.direction,
        accumulation: indicator.accumulation,
        frequency: indicator.frequency,
        baselineValue: num(indicator.baselineValue),
        baselineYear: indicator.baselineYear,
        targetValue: num(indicator.targetValue),
        targetYear: indicator.targetYear,
      },
      series.map((m) => ({ period: m.period, periodStart: m.periodStart, value: Number(m.value) })),
    ),
  };
}
