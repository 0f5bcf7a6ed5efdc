/**
 * The records of a dataset, taken from the city's latest publication only: the snapshot already
 * holds nothing unpublished, and this file adds no other source. Keys are the field names of
 * datasets.ts, in the same order.
 */
import type { PublicCommitment, PublicPlan, PublicSnapshot, PublicUpdate } from "@/lib/public-site/types";
import { formatBreakdown } from "@/lib/plan-data/plan-measurement-import";
import type { DatasetName } from "./datasets";

export type FieldValue = string | number | null | string[] | number[];
export type DatasetRecord = Record<string, FieldValue>;

function commitmentRecord(c: PublicCommitment): DatasetRecord {
  return {
    key: c.key,
    element_key: c.elementKey,
    layer: c.layer,
    title: c.title,
    text: c.text,
    status: c.status,
    maturity: c.maturity,
    progress: c.progress,
    start_date: c.startDate,
    target_date: c.targetDate,
    last_update_at: c.lastUpdateAt,
    department: c.department,
    charter_articles: c.charterArticles,
    udhr_articles: c.udhrArticles,
    sdgs: c.sdgs,
    groups: c.groups.map((g) => g.key),
  };
}

function updateRecord(u: PublicUpdate): DatasetRecord {
  return {
    id: u.id,
    commitment_key: u.commitmentKey,
    at: u.at,
    from_status: u.fromStatus,
    to_status: u.toStatus,
    from_progress: u.fromProgress,
    to_progress: u.toProgress,
    from_maturity: u.fromMaturity,
    to_maturity: u.toMaturity,
    note: u.note,
  };
}

function actionRecords(p: PublicPlan): DatasetRecord[] {
  const objectives = new Map(p.objectives.map((o) => [o.key, o.title]));
  return p.actions.map((a) => ({
    key: a.key,
    commitment_key: a.commitmentKeys[0] ?? null,
    title: a.title,
    description: a.description,
    status: a.status,
    progress: a.progress,
    start_date: a.startDate,
    end_date: a.dueDate,
    department: a.department,
    last_update_at: a.lastUpdateAt,
    plan_key: p.key,
    plan_title: p.title,
    objective_key: a.objectiveKey,
    objective_title: objectives.get(a.objectiveKey) ?? "",
    commitment_keys: a.commitmentKeys,
  }));
}

/** The published direction "higher"/"lower" is the dataset's "increase"/"decrease" (its contract). */
function indicatorRecords(p: PublicPlan): DatasetRecord[] {
  const yearStart = (y: number | null) => (y === null ? null : `${y}-01-01`);
  return p.indicators.map((i) => ({
    key: i.key,
    commitment_key: null,
    action_key: null,
    title: i.name,
    description: i.definition,
    unit: i.unit,
    direction: i.direction === "higher" ? "increase" : "decrease",
    baseline_value: i.baselineValue,
    baseline_date: yearStart(i.baselineYear),
    target_value: i.targetValue,
    target_date: yearStart(i.targetYear),
    source: i.dataSource || null,
    plan_key: p.key,
    type: i.type,
    baseline_year: i.baselineYear,
    target_year: i.targetYear,
    frequency: i.frequency,
    dimensions: i.dimensions,
    objective_keys: i.objectiveKeys,
    target_status: i.targetStatus,
  }));
}

function measurementRecords(p: PublicPlan): DatasetRecord[] {
  return p.indicators.flatMap((i) =>
    i.measurements.map((m) => ({
      id: m.id,
      indicator_key: i.key,
      date: m.periodStart,
      value: m.value,
      note: m.sourceNote || null,
      period: m.period,
      breakdown: formatBreakdown(m.breakdown) || null,
    })),
  );
}

/** No snapshot (never published) or a dataset whose feature does not exist yet: no records. */
export function datasetRecords(snapshot: PublicSnapshot | null, dataset: DatasetName): DatasetRecord[] {
  if (!snapshot) return [];
  switch (dataset) {
    case "commitments":
      return snapshot.commitments.map(commitmentRecord);
    case "updates":
      return snapshot.updates.map(updateRecord);
    case "actions":
      return (snapshot.plans ?? []).flatMap(actionRecords);
    case "indicators":
      return (snapshot.plans ?? []).flatMap(indicatorRecords);
    case "measurements":
      return (snapshot.plans ?? []).flatMap(measurementRecords);
    default:
      return [];
  }
}
