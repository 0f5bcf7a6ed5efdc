import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { toPlanRecord } from "./records";
import type { TDelete, TPlanCreate, TPlanEdit } from "./schema";
import { deleteVersioned, updateVersioned } from "@/lib/kernel/records/versioned";

/** A calendar day from the form ("" → null), stored at UTC midnight like every DATE. */
export const toDay = (s: string) => (s === "" ? null : new Date(`${s}T00:00:00Z`));

function planData(input: TPlanCreate) {
  return {
    title: input.title,
    summary: input.summary,
    periodStart: toDay(input.periodStart)!,
    periodEnd: toDay(input.periodEnd)!,
    status: input.status,
    adoptedOn: toDay(input.adoptedOn),
    adoptionReference: input.adoptionReference,
    adoptionNote: input.adoptionNote,
    currency: input.currency,
  };
}

export async function createPlan(scope: CityScope, input: TPlanCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await tx.actionPlan.create({ data: { ...planData(input), createdBy: scope.actor.id, updatedBy: scope.actor.id } });
    await audit({ action: "create", entity: "ActionPlan", entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function updatePlan(scope: CityScope, input: TPlanEdit) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const { after } = await updateVersioned({
      audit,
      entity: "ActionPlan",
      id: input.id,
      version: input.version,
      find: () => tx.actionPlan.findUnique({ where: { id: input.id } }),
      write: () =>
        tx.actionPlan.updateMany({
          where: { id: input.id, version: input.version },
          data: { ...planData(input), updatedBy: scope.actor.id, version: { increment: 1 } },
        }),
      present: toPlanRecord,
    });
    return toPlanRecord(after);
  });
}

/** Deletes a plan with everything under it (objectives, actions, indicators, measurements). */
export async function deletePlan(scope: CityScope, input: TDelete): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await deleteVersioned({
      audit,
      entity: "ActionPlan",
      id: input.id,
      version: input.version,
      find: () => tx.actionPlan.findUnique({ where: { id: input.id } }),
      remove: () => tx.actionPlan.deleteMany({ where: { id: input.id, version: input.version } }),
      present: toPlanRecord,
    });
    return { id: input.id };
  });
}
