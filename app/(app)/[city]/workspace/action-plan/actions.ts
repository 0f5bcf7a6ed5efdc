"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/kernel/action-chain/safe-action";
import { createAction as addAction, deleteAction as removeAction, updateAction as saveAction } from "@/lib/features/action-plans/save-action";
import { completeMilestone as setMilestone, createMilestone as addMilestone, deleteMilestone as removeMilestone } from "@/lib/features/action-plans/save-milestone";
import { createObjective as addObjective, deleteObjective as removeObjective, updateObjective as saveObjective } from "@/lib/features/action-plans/save-objective";
import { createPlan as addPlan, deletePlan as removePlan, updatePlan as savePlan } from "@/lib/features/action-plans/save-plan";
import * as parts from "@/lib/features/action-plans/save-plan-parts";
import * as S from "@/lib/features/action-plans/schema";
import type { CityContext } from "@/lib/kernel/tenancy/city-access";

// Plans feed the plan pages, the indicators and (through linked actions) commitments and dashboards.
const refresh = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");
const core = (ctx: CityContext) => ({ db: ctx.db, actorId: ctx.user.id, cityId: ctx.city.id });

/** Builds a plan.edit action that runs `fn` and refreshes the workspace. */
function planAction<Z extends Parameters<typeof cityAction>[0]["input"], R>(name: string, input: Z, fn: (c: ReturnType<typeof core>, i: import("zod").infer<Z>) => Promise<R>) {
  return cityAction({ name: `actionPlans.${name}`, capability: "plan.edit", input }, async (ctx, i) => {
    const result = await fn(core(ctx), i);
    refresh(ctx.city.slug);
    return result;
  });
}

export const createPlan = planAction("createPlan", S.ZPlanCreate, addPlan);
export const updatePlan = planAction("updatePlan", S.ZPlanEdit, savePlan);
export const deletePlan = planAction("deletePlan", S.ZDelete, removePlan);

export const createGap = planAction("createGap", S.ZGapCreate, parts.createGap);
export const updateGap = planAction("updateGap", S.ZGapEdit, parts.updateGap);
export const deleteGap = planAction("deleteGap", S.ZDelete, parts.deleteGap);
export const createStrategy = planAction("createStrategy", S.ZStrategyCreate, parts.createStrategy);
export const updateStrategy = planAction("updateStrategy", S.ZStrategyEdit, parts.updateStrategy);
export const deleteStrategy = planAction("deleteStrategy", S.ZDelete, parts.deleteStrategy);
export const createTheme = planAction("createTheme", S.ZThemeCreate, parts.createTheme);
export const updateTheme = planAction("updateTheme", S.ZThemeEdit, parts.updateTheme);
export const deleteTheme = planAction("deleteTheme", S.ZDelete, parts.deleteTheme);

export const createObjective = planAction("createObjective", S.ZObjectiveCreate, addObjective);
export const updateObjective = planAction("updateObjective", S.ZObjectiveEdit, saveObjective);
export const deleteObjective = planAction("deleteObjective", S.ZDelete, removeObjective);

/** A change of status or progress is added to the action's history with the note; linked commitments in mode "actions" follow. */
export const createAction = planAction("createAction", S.ZActionCreate, addAction);
export const updateAction = planAction("updateAction", S.ZActionEdit, saveAction);
export const deleteAction = planAction("deleteAction", S.ZDelete, removeAction);

export const createMilestone = planAction("createMilestone", S.ZMilestoneCreate, addMilestone);
export const completeMilestone = planAction("completeMilestone", S.ZMilestoneComplete, setMilestone);
export const deleteMilestone = planAction("deleteMilestone", S.ZDelete, removeMilestone);
