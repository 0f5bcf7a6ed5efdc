import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";

/** Whether a commitment is marked for the public pages (the edit form's "Show on the public pages"). */
export async function isCommitmentPublic(db: CityDb, id: string): Promise<boolean> {
  const row = await db.commitment.findUnique({ where: { id }, select: { isPublic: true } });
  return row?.isPublic ?? false;
}
