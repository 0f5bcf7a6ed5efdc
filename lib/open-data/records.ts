/**
 * The records of a dataset, taken from the city's latest publication only: the snapshot already
 * holds nothing unpublished, and this file adds no other source. Keys are the field names of
 * datasets.ts, in the same order.
 */
import type { PublicCommitment, PublicSnapshot, PublicUpdate } from "@/lib/public-site/types";
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

/** No snapshot (never published) or a dataset whose feature does not exist yet: no records. */
export function datasetRecords(snapshot: PublicSnapshot | null, dataset: DatasetName): DatasetRecord[] {
  if (!snapshot) return [];
  switch (dataset) {
    case "commitments":
      return snapshot.commitments.map(commitmentRecord);
    case "updates":
      return snapshot.updates.map(updateRecord);
    default:
      return [];
  }
}
