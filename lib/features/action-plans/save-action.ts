import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import { checkReferences } from "@/lib/kernel/records/check-references";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { Action, Prisma } from "@/lib/generated/city/client";
import { applyActionChange } from "./apply-action-change";
import { toActionRecord, type ActionRecord } from "./records";
import { toDay } from "./save-plan";
import type { TActionCreate, TActionEdit, TDelete } from "./schema";
import { syncCommitmentsOfActions } from "./sync-commitments";
import { deleteVersioned } from "@/lib/kernel/records/versioned";

const numbers = (l: number[]) => [...new Set(l)].sort((a, b) => a - b);
const strings = (l: string[]) => [...new Set(l)].sort();

/** Everything but status, progress and reason (those go through applyActionChange). */
function untracked(input: TActionCreate) {
  return {
    title: input.title,
    description: input.description,
    departmentId: input.departmentId || null,
    ownerId: input.ownerId || null,
    partners: [...new Set(input.partners.map((p) => p.trim()).filter(Boolean))],
    startDate: toDay(input.startDate),
    dueDate: toDay(input.dueDate),
    budgetPlanned: input.budgetPlanned || null,
    budgetSpent: input.budgetSpent || null,
    elementKeys: strings(input.elementKeys),
    charterArticles: numbers(input.charterArticles),
    udhrArticles: numbers(input.udhrArticles),
    sdgs: numbers(input.sdgs),
    groups: strings(input.groups),
  };
}

async function checkCommitments(tx: CityTx, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length && (await tx.commitment.count({ where: { id: { in: unique } } })) !== unique.length) {
    throw new ValidationError({ commitmentIds: ["actionPlans.validation.commitmentUnknown"] });
  }
}

async function record(tx: CityTx, row: Action): Promise<ActionRecord> {
  const links = await tx.actionCommitment.findMany({ where: { actionId: row.id }, select: { commitmentId: true } });
  return toActionRecord(
    row,
    links.map((l) => l.commitmentId),
  );
}

export async function createAction(scope: CityScope, input: TActionCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const objective = await tx.objective.findUnique({ where: { id: input.objectiveId }, select: { id: true } });
    if (!objective) throw new NotFoundError();
    const data = untracked(input);
    await checkReferences(
      tx,
      scope.city.id,
      { ownerId: data.ownerId ?? undefined, departmentId: data.departmentId ?? undefined, groups: data.groups },
      "actionPlans",
    );
    await checkCommitments(tx, input.commitmentIds);
    const position = await tx.action.count({ where: { objectiveId: input.objectiveId } });
    const row = await tx.action.create({
      data: {
        objectiveId: input.objectiveId,
        ...data,
        status: input.status,
        statusReason: input.statusReason,
        progress: input.progress,
        position,
        createdBy: scope.actor.id,
        updatedBy: scope.actor.id,
        commitmentLinks: { create: strings(input.commitmentIds).map((commitmentId) => ({ commitmentId, createdBy: scope.actor.id })) },
      },
    });
    await audit({ action: "create", entity: "Action", entityId: row.id, after: { ...row, commitmentIds: input.commitmentIds } });
    await syncCommitmentsOfActions(tx, audit, scope.actor.id, input.commitmentIds);
    return { id: row.id };
  });
}

/**
 * Saves an edit of an action. A change of status or progress becomes an update in its history
 * (with the note); a stale version is refused with the stored record. The action may move to
 * another objective of the same plan only.
 */
export async function updateAction(scope: CityScope, input: TActionEdit): Promise<{ action: ActionRecord; updateId: string | null }> {
  try {
    return await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
      const before = await tx.action.findUnique({ where: { id: input.id }, include: { objective: { select: { planId: true } } } });
      if (!before) throw new NotFoundError();
      const { objective, ...row } = before;
      if (row.version !== input.version) throw new ConflictError(row);
      if (input.objectiveId !== row.objectiveId) {
        const target = await tx.objective.findUnique({ where: { id: input.objectiveId }, select: { planId: true } });
        if (target?.planId !== objective.planId) throw new ValidationError({ objectiveId: ["actionPlans.validation.objectiveUnknown"] });
      }
      const data = untracked(input);
      const fields: Prisma.ActionUncheckedUpdateManyInput = { ...data, objectiveId: input.objectiveId };
      await checkReferences(
        tx,
        scope.city.id,
        { ownerId: data.ownerId !== row.ownerId ? (data.ownerId ?? undefined) : undefined, departmentId: data.departmentId ?? undefined, groups: data.groups },
        "actionPlans",
      );

      // Links to commitments: replace the set; commitments on either side may need a new mean.
      const wanted = strings(input.commitmentIds);
      await checkCommitments(tx, wanted);
      const had = (await tx.actionCommitment.findMany({ where: { actionId: row.id }, select: { commitmentId: true } })).map((l) => l.commitmentId);
      const removed = had.filter((c) => !wanted.includes(c));
      const added = wanted.filter((c) => !had.includes(c));
      if (removed.length) await tx.actionCommitment.deleteMany({ where: { actionId: row.id, commitmentId: { in: removed } } });
      if (added.length)
        await tx.actionCommitment.createMany({ data: added.map((commitmentId) => ({ actionId: row.id, commitmentId, createdBy: scope.actor.id })) });

      const result = await applyActionChange(
        tx,
        audit,
        scope.actor.id,
        row,
        input.version,
        {
          status: input.status,
          progress: input.progress,
          statusReason: input.statusReason,
          note: input.note,
          source: "web",
        },
        fields,
      );
      if (removed.length || added.length) await syncCommitmentsOfActions(tx, audit, scope.actor.id, [...removed, ...added]);
      return { action: await record(tx, result.action), updateId: result.updateId };
    });
  } catch (err) {
    // Conflicts carry the raw row from inside the transaction; the form needs the record.
    const current = err instanceof ConflictError ? err.details?.current : undefined;
    if (current && typeof current === "object" && "objectiveId" in current) {
      const links = await scope.db.actionCommitment.findMany({ where: { actionId: (current as Action).id }, select: { commitmentId: true } });
      throw new ConflictError(
        toActionRecord(
          current as Action,
          links.map((l) => l.commitmentId),
        ),
      );
    }
    throw err;
  }
}

export async function deleteAction(scope: CityScope, input: TDelete) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const links = await tx.actionCommitment.findMany({ where: { actionId: input.id }, select: { commitmentId: true } });
    const row = await deleteVersioned({
      audit,
      entity: "Action",
      ...input,
      find: () => tx.action.findUnique({ where: { id: input.id } }),
      remove: () => tx.action.deleteMany({ where: input }),
      present: (r) =>
        toActionRecord(
          r,
          links.map((l) => l.commitmentId),
        ),
    });
    await syncCommitmentsOfActions(
      tx,
      audit,
      scope.actor.id,
      links.map((l) => l.commitmentId),
    );
    return { id: row.id, objectiveId: row.objectiveId };
  });
}
