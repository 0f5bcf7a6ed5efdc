"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { createAction, deleteAction, updateAction } from "@/lib/features/action-plans/save-action";
import { completeMilestone, createMilestone, deleteMilestone } from "@/lib/features/action-plans/save-milestone";
import { createObjective, deleteObjective, updateObjective } from "@/lib/features/action-plans/save-objective";
import { createPlan, deletePlan, updatePlan } from "@/lib/features/action-plans/save-plan";
import * as parts from "@/lib/features/action-plans/save-plan-parts";
import * as S from "@/lib/features/action-plans/schema";
import { cityScope, type CityScope } from "@/lib/kernel/tenancy/city-scope";

// Plans feed the plan pages, the indicators and (through linked actions) commitments and dashboards.
const refresh = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");

/** Builds a plan.edit action that runs `fn` and refreshes the workspace. */
function planAction<Z extends Parameters<typeof cityAction>[0]["input"], R>(
  name: string,
  input: Z,
  fn: (scope: CityScope, i: import("zod").infer<Z>) => Promise<R>,
) {
  return cityAction({ name: `actionPlans.${name}`, capability: "plan.edit", input }, async (ctx, i) => {
    const result = await fn(cityScope(ctx), i);
    refresh(ctx.city.slug);
    return result;
  });
}

export const createPlanAction = planAction("plan.create", S.ZPlanCreate, createPlan);
export const updatePlanAction = planAction("plan.update", S.ZPlanEdit, updatePlan);
export const deletePlanAction = planAction("plan.delete", S.ZDelete, deletePlan);

export const createGapAction = planAction("gap.create", S.ZGapCreate, parts.createGap);
export const updateGapAction = planAction("gap.update", S.ZGapEdit, parts.updateGap);
export const deleteGapAction = planAction("gap.delete", S.ZDelete, parts.deleteGap);
export const createStrategyAction = planAction("strategy.create", S.ZStrategyCreate, parts.createStrategy);
export const updateStrategyAction = planAction("strategy.update", S.ZStrategyEdit, parts.updateStrategy);
export const deleteStrategyAction = planAction("strategy.delete", S.ZDelete, parts.deleteStrategy);
export const createThemeAction = planAction("theme.create", S.ZThemeCreate, parts.createTheme);
export const updateThemeAction = planAction("theme.update", S.ZThemeEdit, parts.updateTheme);
export const deleteThemeAction = planAction("theme.delete", S.ZDelete, parts.deleteTheme);

export const createObjectiveAction = planAction("objective.create", S.ZObjectiveCreate, createObjective);
export const updateObjectiveAction = planAction("objective.update", S.ZObjectiveEdit, updateObjective);
export const deleteObjectiveAction = planAction("objective.delete", S.ZDelete, deleteObjective);

/** A change of status or progress is added to the action's history with the note; linked commitments in mode "actions" follow. */
export const createActionAction = planAction("action.create", S.ZActionCreate, createAction);
export const updateActionAction = planAction("action.update", S.ZActionEdit, updateAction);
export const deleteActionAction = planAction("action.delete", S.ZDelete, deleteAction);

export const createMilestoneAction = planAction("milestone.create", S.ZMilestoneCreate, createMilestone);
export const completeMilestoneAction = planAction("milestone.complete", S.ZMilestoneComplete, completeMilestone);
export const deleteMilestoneAction = planAction("milestone.delete", S.ZDelete, deleteMilestone);
