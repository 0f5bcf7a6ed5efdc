import "server-only";
import { auditedTransaction } from "@/lib/city-data/audited";
import type { CityDb } from "@/lib/db/city-clients";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { toCommitmentView, type CommitmentView } from "./commitment-view";
import type { TCommitmentUpdate } from "./schema";

const audited = (c: { title: string; text: string; status: string; version: number }) => ({
  title: c.title,
  text: c.text,
  status: c.status,
  version: c.version,
});

/**
 * Saves the text and status of the city's commitment to one framework element, if nobody else
 * saved it since the person loaded it (`version`). A stale version is refused with a
 * ConflictError carrying what is stored now, so the form can show the other person's change
 * instead of silently overwriting it.
 */
export async function updateCommitment(
  ctx: { db: CityDb; actorId: string },
  input: TCommitmentUpdate,
): Promise<CommitmentView> {
  const row = await auditedTransaction(ctx.db, ctx.actorId, async (tx, audit) => {
    const before = await tx.commitment.findUnique({ where: { elementKey: input.elementKey } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(await toCommitmentView(before));
    if (before.text === input.text && before.status === input.status) return before;

    // The version in the WHERE closes the gap between the read above and this write: a save
    // that committed in between makes this match nothing.
    const { count } = await tx.commitment.updateMany({
      where: { id: before.id, version: input.version },
      data: { text: input.text, status: input.status, updatedBy: ctx.actorId, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.commitment.findUniqueOrThrow({ where: { id: before.id } });
      throw new ConflictError(await toCommitmentView(current));
    }
    const after = await tx.commitment.findUniqueOrThrow({ where: { id: before.id } });
    await audit({ action: "update", entity: "Commitment", entityId: before.id, before: audited(before), after: audited(after) });
    return after;
  });
  return toCommitmentView(row);
}
