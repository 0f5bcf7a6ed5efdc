import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { layerRollups, type StatusCounts } from "@/lib/features/dashboard/rollup";
import type { Layer } from "../../reference/framework/catalogue/types";

export type CommitmentSummary = Record<Layer, StatusCounts & { total: number }>;

/**
 * How many of the city's commitments are in each status, per layer (zeros included), counted by
 * the dashboard's roll-up (lib/features/dashboard/rollup.ts). Pages use lib/features/dashboard/load-dashboard.ts,
 * which gives these counts and everything else in one load; this is the small version for code
 * that needs only the counts.
 */
export async function commitmentSummary(db: CityDb): Promise<CommitmentSummary> {
  const rows = await db.commitment.findMany({ select: { layer: true, status: true, progress: true } });
  const layers = layerRollups(rows);
  return Object.fromEntries(layers.map((l) => [l.layer, { ...l.statuses, total: l.count }])) as CommitmentSummary;
}
