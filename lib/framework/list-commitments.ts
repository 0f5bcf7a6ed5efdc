import "server-only";
import type { CityDb } from "@/lib/db/city-clients";
import type { Layer } from "./catalogue/types";
import type { CommitmentStatusValue } from "./schema";

export interface CommitmentListItem {
  id: string;
  elementKey: string | null;
  layer: Layer;
  title: string;
  status: CommitmentStatusValue;
  updatedAt: Date;
}

/** Every commitment of the city, for the framework overview. */
export async function listCommitments(db: CityDb): Promise<CommitmentListItem[]> {
  return db.commitment.findMany({
    select: { id: true, elementKey: true, layer: true, title: true, status: true, updatedAt: true },
    orderBy: [{ elementKey: "asc" }, { title: "asc" }],
  });
}
