import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import { checkReferences } from "@/lib/kernel/records/check-references";
import { NotFoundError } from "@/lib/kernel/errors";
import { toGapRecord, toStrategyRecord, toThemeRecord } from "./records";
import type { TDelete, TGapCreate, TGapEdit, TStrategyCreate, TStrategyEdit, TThemeCreate, TThemeEdit } from "./schema";
import { deleteVersioned, updateVersioned } from "@/lib/kernel/records/versioned";

/**
 * The plan's baseline gaps, strategy links and themes: small lists edited in place on the plan
 * page. New items go to the end of their list.
 */
async function requirePlan(tx: CityTx, planId: string): Promise<void> {
  if (!(await tx.actionPlan.findUnique({ where: { id: planId }, select: { id: true } }))) throw new NotFoundError();
}

const numbers = (l: number[]) => [...new Set(l)].sort((a, b) => a - b);
const gapData = (i: Omit<TGapCreate, "planId">) => ({
  theme: i.theme,
  description: i.description,
  sourceText: i.sourceText,
  sourceUrl: i.sourceUrl || null,
  charterArticles: numbers(i.charterArticles),
  udhrArticles: numbers(i.udhrArticles),
  groups: [...new Set(i.groups)].sort(),
});

export async function createGap(scope: CityScope, input: TGapCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await requirePlan(tx, input.planId);
    await checkReferences(tx, scope.city.id, { groups: input.groups }, "actionPlans");
    const position = await tx.baselineGap.count({ where: { planId: input.planId } });
    const row = await tx.baselineGap.create({
      data: { planId: input.planId, ...gapData(input), position, createdBy: scope.actor.id, updatedBy: scope.actor.id },
    });
    await audit({ action: "create", entity: "BaselineGap", entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function updateGap(scope: CityScope, input: TGapEdit) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await checkReferences(tx, scope.city.id, { groups: input.groups }, "actionPlans");
    const { after } = await updateVersioned({
      audit,
      entity: "BaselineGap",
      id: input.id,
      version: input.version,
      find: () => tx.baselineGap.findUnique({ where: { id: input.id } }),
      write: () =>
        tx.baselineGap.updateMany({
          where: { id: input.id, version: input.version },
          data: { ...gapData(input), updatedBy: scope.actor.id, version: { increment: 1 } },
        }),
      present: toGapRecord,
    });
    return toGapRecord(after);
  });
}

export async function deleteGap(scope: CityScope, input: TDelete) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await deleteVersioned({
      audit,
      entity: "BaselineGap",
      ...input,
      find: () => tx.baselineGap.findUnique({ where: { id: input.id } }),
      remove: () => tx.baselineGap.deleteMany({ where: input }),
      present: toGapRecord,
    });
    return { id: row.id, planId: row.planId };
  });
}

const strategyData = (i: Omit<TStrategyCreate, "planId">) => ({ title: i.title, level: i.level, url: i.url || null, note: i.note });

export async function createStrategy(scope: CityScope, input: TStrategyCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await requirePlan(tx, input.planId);
    const position = await tx.strategyLink.count({ where: { planId: input.planId } });
    const row = await tx.strategyLink.create({
      data: { planId: input.planId, ...strategyData(input), position, createdBy: scope.actor.id, updatedBy: scope.actor.id },
    });
    await audit({ action: "create", entity: "StrategyLink", entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function updateStrategy(scope: CityScope, input: TStrategyEdit) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const { after } = await updateVersioned({
      audit,
      entity: "StrategyLink",
      id: input.id,
      version: input.version,
      find: () => tx.strategyLink.findUnique({ where: { id: input.id } }),
      write: () =>
        tx.strategyLink.updateMany({
          where: { id: input.id, version: input.version },
          data: { ...strategyData(input), updatedBy: scope.actor.id, version: { increment: 1 } },
        }),
      present: toStrategyRecord,
    });
    return toStrategyRecord(after);
  });
}

export async function deleteStrategy(scope: CityScope, input: TDelete) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await deleteVersioned({
      audit,
      entity: "StrategyLink",
      ...input,
      find: () => tx.strategyLink.findUnique({ where: { id: input.id } }),
      remove: () => tx.strategyLink.deleteMany({ where: input }),
      present: toStrategyRecord,
    });
    return { id: row.id, planId: row.planId };
  });
}

export async function createTheme(scope: CityScope, input: TThemeCreate): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await requirePlan(tx, input.planId);
    const position = await tx.planTheme.count({ where: { planId: input.planId } });
    const row = await tx.planTheme.create({
      data: { planId: input.planId, title: input.title, description: input.description, position, createdBy: scope.actor.id, updatedBy: scope.actor.id },
    });
    await audit({ action: "create", entity: "PlanTheme", entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function updateTheme(scope: CityScope, input: TThemeEdit) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const { after } = await updateVersioned({
      audit,
      entity: "PlanTheme",
      id: input.id,
      version: input.version,
      find: () => tx.planTheme.findUnique({ where: { id: input.id } }),
      write: () =>
        tx.planTheme.updateMany({
          where: { id: input.id, version: input.version },
          data: { title: input.title, description: input.description, updatedBy: scope.actor.id, version: { increment: 1 } },
        }),
      present: toThemeRecord,
    });
    return toThemeRecord(after);
  });
}

/** The theme's objectives stay in the plan, without a theme (the foreign key sets null). */
export async function deleteTheme(scope: CityScope, input: TDelete) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await deleteVersioned({
      audit,
      entity: "PlanTheme",
      ...input,
      find: () => tx.planTheme.findUnique({ where: { id: input.id } }),
      remove: () => tx.planTheme.deleteMany({ where: input }),
      present: toThemeRecord,
    });
    return { id: row.id, planId: row.planId };
  });
}
