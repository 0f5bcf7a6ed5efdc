import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { NotFoundError } from "@/lib/kernel/errors";
import { toMilestoneRecord } from "./records";
import { toDay } from "./save-plan";
import type { TDelete, TMilestoneComplete, TMilestoneCreate } from "./schema";
import { deleteVersioned, updateVersioned } from "@/lib/kernel/records/versioned";

export async function createMilestone(scope: CityScope, input: TMilestoneCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    if (!(await tx.action.findUnique({ where: { id: input.actionId }, select: { id: true } }))) throw new NotFoundError();
    const row = await tx.milestone.create({
      data: { actionId: input.actionId, title: input.title, dueDate: toDay(input.dueDate)!, createdBy: scope.actor.id, updatedBy: scope.actor.id },
    });
    await audit({ action: "create", entity: "Milestone", entityId: row.id, after: row });
    return { id: row.id };
  });
}

/** Completes a milestone on a day, or reopens it with "". */
export async function completeMilestone(scope: CityScope, input: TMilestoneComplete) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const { after } = await updateVersioned({
      audit,
      entity: "Milestone",
      id: input.id,
      version: input.version,
      find: () => tx.milestone.findUnique({ where: { id: input.id } }),
      write: () =>
        tx.milestone.updateMany({
          where: { id: input.id, version: input.version },
          data: { completedOn: toDay(input.completedOn), updatedBy: scope.actor.id, version: { increment: 1 } },
        }),
      present: toMilestoneRecord,
    });
    return toMilestoneRecord(after);
  });
}

export async function deleteMilestone(scope: CityScope, input: TDelete) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await deleteVersioned({
      audit,
      entity: "Milestone",
      ...input,
      find: () => tx.milestone.findUnique({ where: { id: input.id } }),
      remove: () => tx.milestone.deleteMany({ where: input }),
      present: toMilestoneRecord,
    });
    return { id: row.id, actionId: row.actionId };
  });
}
