import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import { checkReferences } from "@/lib/kernel/records/check-references";
import { NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { deleteVersioned, updateVersioned } from "@/lib/kernel/records/versioned";
import { toIndicatorRecord, type IndicatorRecord } from "./records";
import type { TIndicatorCreate, TIndicatorEdit } from "./schema";

const numbers = (l: number[]) => [...new Set(l)].sort((a, b) => a - b);

function indicatorData(i: Omit<TIndicatorCreate, "planId">) {
  return {
    name: i.name,
    definition: i.definition,
    type: i.type,
    unit: i.unit,
    direction: i.direction,
    accumulation: i.accumulation,
    baselineValue: i.baselineValue || null,
    baselineYear: i.baselineYear ? Number(i.baselineYear) : null,
    targetValue: i.targetValue || null,
    targetYear: i.targetYear ? Number(i.targetYear) : null,
    dataSource: i.dataSource,
    ownerId: i.ownerId || null,
    frequency: i.frequency,
    dimensions: [...new Set(i.dimensions)],
    charterArticles: numbers(i.charterArticles),
    udhrArticles: numbers(i.udhrArticles),
    sdgs: numbers(i.sdgs),
    groups: [...new Set(i.groups)].sort(),
  };
}

/** Objectives an indicator measures must be of its own plan. */
async function checkObjectives(tx: CityTx, planId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length && (await tx.objective.count({ where: { id: { in: unique }, planId } })) !== unique.length) {
    throw new ValidationError({ objectiveIds: ["indicators.validation.objectiveUnknown"] });
  }
  return unique;
}

export async function createIndicator(scope: CityScope, input: TIndicatorCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    if (!(await tx.actionPlan.findUnique({ where: { id: input.planId }, select: { id: true } }))) throw new NotFoundError();
    const data = indicatorData(input);
    await checkReferences(tx, scope.city.id, { ownerId: data.ownerId ?? undefined, groups: data.groups }, "indicators");
    const objectiveIds = await checkObjectives(tx, input.planId, input.objectiveIds);
    const position = await tx.indicator.count({ where: { planId: input.planId } });
    const row = await tx.indicator.create({
      data: {
        planId: input.planId,
        ...data,
        position,
        createdBy: scope.actor.id,
        updatedBy: scope.actor.id,
        objectiveLinks: { create: objectiveIds.map((objectiveId) => ({ objectiveId, createdBy: scope.actor.id })) },
      },
    });
    await audit({ action: "create", entity: "Indicator", entityId: row.id, after: { ...row, objectiveIds } });
    return { id: row.id };
  });
}

export async function updateIndicator(scope: CityScope, input: TIndicatorEdit): Promise<IndicatorRecord> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const links = async () =>
      (await tx.indicatorObjective.findMany({ where: { indicatorId: input.id }, select: { objectiveId: true } })).map((l) => l.objectiveId);
    const had = await links();
    const current = await tx.indicator.findUnique({ where: { id: input.id }, select: { planId: true, ownerId: true } });
    if (!current) throw new NotFoundError();
    const data = indicatorData(input);
    // A stored owner who has left is kept without a fresh membership check; a new owner must be a member.
    await checkReferences(
      tx,
      scope.city.id,
      { ownerId: data.ownerId !== current.ownerId ? (data.ownerId ?? undefined) : undefined, groups: data.groups },
      "indicators",
    );
    const wanted = await checkObjectives(tx, current.planId, input.objectiveIds);
    const { after } = await updateVersioned({
      audit,
      entity: "Indicator",
      id: input.id,
      version: input.version,
      find: () => tx.indicator.findUnique({ where: { id: input.id } }),
      write: () =>
        tx.indicator.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, updatedBy: scope.actor.id, version: { increment: 1 } } }),
      present: (row) => toIndicatorRecord(row, had),
    });
    const removed = had.filter((o) => !wanted.includes(o));
    const added = wanted.filter((o) => !had.includes(o));
    if (removed.length) await tx.indicatorObjective.deleteMany({ where: { indicatorId: input.id, objectiveId: { in: removed } } });
    if (added.length)
      await tx.indicatorObjective.createMany({ data: added.map((objectiveId) => ({ indicatorId: input.id, objectiveId, createdBy: scope.actor.id })) });
    if (removed.length || added.length) {
      await audit({ action: "update", entity: "IndicatorObjective", entityId: input.id, before: { objectiveIds: had }, after: { objectiveIds: wanted } });
    }
    return toIndicatorRecord(after, wanted);
  });
}

/** Deletes an indicator with all its measurements and their history. */
export async function deleteIndicator(scope: CityScope, input: { id: string; version: number }): Promise<{ id: string; planId: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await deleteVersioned({
      audit,
      entity: "Indicator",
      ...input,
      find: () => tx.indicator.findUnique({ where: { id: input.id } }),
      remove: () => tx.indicator.deleteMany({ where: input }),
      present: (r) => toIndicatorRecord(r, []),
    });
    return { id: row.id, planId: row.planId };
  });
}
