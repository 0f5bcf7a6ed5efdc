import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import { NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { toObjectiveRecord } from "./records";
import type { TDelete, TObjectiveCreate, TObjectiveEdit } from "./schema";
import { syncCommitmentsOfActions } from "./sync-commitments";
import { deleteVersioned, updateVersioned } from "@/lib/kernel/records/versioned";

/** A theme must be one of the same plan's (another plan's theme would mix two plans). */
async function checkTheme(tx: CityTx, planId: string, themeId: string): Promise<void> {
  if (!themeId) return;
  const theme = await tx.planTheme.findUnique({ where: { id: themeId }, select: { planId: true } });
  if (theme?.planId !== planId) throw new ValidationError({ themeId: ["actionPlans.validation.themeInvalid"] });
}

export async function createObjective(scope: CityScope, input: TObjectiveCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    if (!(await tx.actionPlan.findUnique({ where: { id: input.planId }, select: { id: true } }))) throw new NotFoundError();
    await checkTheme(tx, input.planId, input.themeId);
    const position = await tx.objective.count({ where: { planId: input.planId } });
    const row = await tx.objective.create({
      data: {
        planId: input.planId,
        title: input.title,
        term: input.term,
        themeId: input.themeId || null,
        intendedChange: input.intendedChange,
        position,
        createdBy: scope.actor.id,
        updatedBy: scope.actor.id,
      },
    });
    await audit({ action: "create", entity: "Objective", entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function updateObjective(scope: CityScope, input: TObjectiveEdit) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const current = await tx.objective.findUnique({ where: { id: input.id }, select: { planId: true } });
    if (!current) throw new NotFoundError();
    await checkTheme(tx, current.planId, input.themeId);
    const { after } = await updateVersioned({
      audit,
      entity: "Objective",
      id: input.id,
      version: input.version,
      find: () => tx.objective.findUnique({ where: { id: input.id } }),
      write: () =>
        tx.objective.updateMany({
          where: { id: input.id, version: input.version },
          data: {
            title: input.title,
            term: input.term,
            themeId: input.themeId || null,
            intendedChange: input.intendedChange,
            updatedBy: scope.actor.id,
            version: { increment: 1 },
          },
        }),
      present: toObjectiveRecord,
    });
    return toObjectiveRecord(after);
  });
}

/**
 * Deletes an objective with its actions. Commitments that took their progress from those actions
 * are recomputed in the same transaction, so they do not keep a figure nothing supports any more.
 */
export async function deleteObjective(scope: CityScope, input: TDelete) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const links = await tx.actionCommitment.findMany({ where: { action: { objectiveId: input.id } }, select: { commitmentId: true } });
    const row = await deleteVersioned({
      audit,
      entity: "Objective",
      ...input,
      find: () => tx.objective.findUnique({ where: { id: input.id } }),
      remove: () => tx.objective.deleteMany({ where: input }),
      present: toObjectiveRecord,
    });
    await syncCommitmentsOfActions(
      tx,
      audit,
      scope.actor.id,
      links.map((l) => l.commitmentId),
    );
    return { id: row.id, planId: row.planId };
  });
}
