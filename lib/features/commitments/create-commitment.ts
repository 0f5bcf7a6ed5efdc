import "server-only";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { TCommitmentCreate } from "./schema";

/**
 * Adds a commitment of the city's own under one layer (no framework element). Its creation
 * state (not started, maturity none, 0 %) is where its history starts; owner, dates, links and
 * evidence are filled in on its page.
 */
export async function createCommitment(ctx: { db: CityDb; actorId: string }, input: TCommitmentCreate): Promise<{ id: string }> {
  return auditedTransaction(ctx.db, ctx.actorId, async (tx, audit) => {
    const row = await tx.commitment.create({
      data: { layer: input.layer, title: input.title, text: input.text, createdBy: ctx.actorId, updatedBy: ctx.actorId },
    });
    await audit({ action: "create", entity: "Commitment", entityId: row.id, after: row });
    return { id: row.id };
  });
}
