import "server-only";
import { loadPlanOverview } from "@/lib/features/action-plans/load-plan-overview";
import { documentLogo } from "@/lib/features/city-settings/logo/current-logo";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { NotFoundError } from "@/lib/kernel/errors";
import { canonicalDecimal } from "@/lib/features/action-plans/data/import-types";
import type { PlanDocumentData } from "./plan-document";

/**
 * What the plan document shows, from the plan overview's loader (one fixed set of queries;
 * owners' names come from this city's members only, so a former member or another city's user
 * shows as no name) plus the indicators' baselines and targets. Another city's plan: not found.
 */
export async function loadPlanDocument(db: CityDb, city: { id: string; name: string }, planId: string): Promise<PlanDocumentData> {
  const overview = await loadPlanOverview(db, city.id, planId);
  if (!overview) throw new NotFoundError();
  const rows = await db.indicator.findMany({
    where: { planId: overview.plan.id },
    select: { id: true, baselineValue: true, baselineYear: true, targetValue: true, targetYear: true },
  });
  const bounds = new Map(rows.map((r) => [r.id, r]));
  const point = (value: { toString(): string } | null, year: number | null) =>
    value !== null && year !== null ? { value: canonicalDecimal(value.toString()), year } : null;
  const { plan } = overview;
  return {
    cityName: city.name,
    logo: await documentLogo(db),
    plan: {
      title: plan.title,
      summary: plan.summary,
      status: plan.status,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      adoptedOn: plan.adoptedOn,
      adoptionReference: plan.adoptionReference,
      currency: plan.currency,
    },
    progress: overview.rollup.progress,
    statusCounts: overview.rollup.byStatus,
    gaps: overview.gaps.map((g) => ({ theme: g.theme, description: g.description, sourceText: g.sourceText, sourceUrl: g.sourceUrl })),
    strategies: overview.strategies.map((s) => ({ title: s.title, level: s.level, url: s.url })),
    objectives: overview.objectives.map((o) => ({
      title: o.record.title,
      term: o.record.term,
      intendedChange: o.record.intendedChange,
      progress: o.rollup.progress,
      actions: o.actions.map((a) => ({
        title: a.title,
        ownerName: a.ownerName,
        departmentName: a.departmentName,
        startDate: a.startDate,
        dueDate: a.dueDate,
        status: a.status,
        progress: a.progress,
      })),
    })),
    indicators: overview.indicators.map((i) => {
      const b = bounds.get(i.id);
      return {
        name: i.name,
        type: i.type,
        unit: i.unit,
        baseline: b ? point(b.baselineValue, b.baselineYear) : null,
        target: b ? point(b.targetValue, b.targetYear) : null,
        latest: i.assessment.latest,
        status: i.assessment.status,
      };
    }),
  };
}
