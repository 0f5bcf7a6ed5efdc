/**
 * Public commitments whose status their progress contradicts ("Not started" at 60%, often because
 * the progress is derived from actions that moved on): publishing lists them and publishes them
 * only with the officer's explicit confirmation (the publish action checks; the demo and test
 * seeds that call publishCity directly are the system's own choice).
 */
import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { statusContradiction, type StatusContradiction } from "@/lib/features/commitments/status-consistency";
import type { CommitmentStatusValue } from "@/lib/features/commitments/schema";

export interface PublicContradiction extends StatusContradiction {
  id: string;
  elementKey: string | null;
  title: string;
  status: CommitmentStatusValue;
  progress: number;
}

export async function listPublicContradictions(db: CityDb): Promise<PublicContradiction[]> {
  const rows = await db.commitment.findMany({
    where: { isPublic: true },
    select: { id: true, elementKey: true, title: true, status: true, progress: true },
    orderBy: [{ elementKey: "asc" }, { title: "asc" }],
  });
  return rows.flatMap((r) => {
    const clash = statusContradiction(r.status, r.progress);
    return clash ? [{ ...r, ...clash }] : [];
  });
}
