import "server-only";
import type { CityDb } from "@/lib/db/city-clients";
import { toCommitmentView, type CommitmentView } from "./commitment-view";

/** The city's commitment to one framework element, or null. */
export async function getCommitment(db: CityDb, elementKey: string): Promise<CommitmentView | null> {
  const row = await db.commitment.findUnique({ where: { elementKey } });
  return row ? toCommitmentView(row) : null;
}
