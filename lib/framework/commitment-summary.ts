import "server-only";
import type { CityDb } from "@/lib/db/city-clients";
import { LAYERS, type Layer } from "./catalogue/types";
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "./schema";

export type CommitmentSummary = Record<Layer, Record<CommitmentStatusValue, number> & { total: number }>;

function emptyRow(): Record<CommitmentStatusValue, number> & { total: number } {
  const row = { total: 0 } as Record<CommitmentStatusValue, number> & { total: number };
  for (const s of COMMITMENT_STATUSES) row[s] = 0;
  return row;
}

/** How many of the city's commitments are in each status, per layer (zeros included). */
export async function commitmentSummary(db: CityDb): Promise<CommitmentSummary> {
  const groups = await db.commitment.groupBy({ by: ["layer", "status"], _count: { _all: true } });
  const summary = Object.fromEntries(LAYERS.map((l) => [l, emptyRow()])) as CommitmentSummary;
  for (const g of groups) {
    summary[g.layer][g.status] += g._count._all;
    summary[g.layer].total += g._count._all;
  }
  return summary;
}
