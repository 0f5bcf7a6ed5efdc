import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { day } from "@/lib/features/action-plans/records";
import type { IndicatorTypeValue } from "./schema";
import { assessTarget, type TargetAssessment } from "./target-status";

export interface IndicatorListItem {
  id: string;
  planId: string;
  planTitle: string;
  name: string;
  type: IndicatorTypeValue;
  unit: string;
  measurements: number;
  assessment: TargetAssessment;
}

const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

/** Every indicator of the city, grouped by plan order then position, with its status (two queries). */
export async function listIndicators(db: CityDb): Promise<IndicatorListItem[]> {
  const [indicators, measurements] = await Promise.all([
    db.indicator.findMany({
      orderBy: [{ plan: { periodStart: "desc" } }, { position: "asc" }, { createdAt: "asc" }],
      include: { plan: { select: { title: true } } },
    }),
    db.measurement.findMany({ select: { indicatorId: true, period: true, periodStart: true, value: true } }),
  ]);
  return indicators.map((i) => {
    const series = measurements
      .filter((m) => m.indicatorId === i.id)
      .map((m) => ({ period: m.period, periodStart: day(m.periodStart)!, value: Number(m.value.toString()) }));
    return {
      id: i.id,
      planId: i.planId,
      planTitle: i.plan.title,
      name: i.name,
      type: i.type,
      unit: i.unit,
      measurements: series.length,
      assessment: assessTarget(
        {
          direction: i.direction,
          accumulation: i.accumulation,
          frequency: i.frequency,
          baselineValue: num(i.baselineValue),
          baselineYear: i.baselineYear,
          targetValue: num(i.targetValue),
          targetYear: i.targetYear,
        },
        series,
      ),
    };
  });
}
