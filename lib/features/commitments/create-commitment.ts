import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { TCommitmentCreate } from "./schema";

/**
 * Adds a commitment of the city's own under one layer (no framework element). Its creation
 * state (not started, maturity none, 0 %) is where its history starts; owner, dates, links and
 * evidence are filled in on its page.
 */
export async function createCommitment(scope: CityScope, input: TCommitmentCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await tx.commitment.create({
      data: { layer: input.layer, title: input.title, text: input.text, createdBy: scope.actor.id, updatedBy: scope.actor.id },
    });
    await audit({ action: "create", entity: "Commitment", entityId: row.id, after: row });
    return { id: row.id };
  });
}
