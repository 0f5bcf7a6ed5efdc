import type { CityTx } from "@/lib/kernel/records/audited";
import { NotFoundError } from "@/lib/kernel/errors";

/**
 * Locks the declaration row for the rest of the transaction, so a comment mark and a save (which
 * updates the same row) never both rewrite the current version from a stale read. The update
 * writes the stored updatedAt back: taking the lock is not an edit. (No "server-only": the demo
 * seed saves through this path outside Next.)
 */
export async function lockDeclaration(tx: CityTx, id: string) {
  const d = await tx.declaration.findUnique({ where: { id } });
  if (!d) throw new NotFoundError();
  return tx.declaration.update({ where: { id }, data: { updatedAt: d.updatedAt } });
}
