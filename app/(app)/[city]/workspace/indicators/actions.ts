"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/kernel/action-chain/safe-action";
import { createIndicator as addIndicator, deleteIndicator as removeIndicator, updateIndicator as saveIndicator } from "@/lib/features/indicators/save-indicator";
import { correctMeasurement as correct, createMeasurement as addMeasurement, deleteMeasurement as removeMeasurement } from "@/lib/features/indicators/save-measurement";
import { ZIndicatorCreate, ZIndicatorDelete, ZIndicatorEdit, ZMeasurementCorrect, ZMeasurementCreate } from "@/lib/features/indicators/schema";
import type { CityContext } from "@/lib/kernel/tenancy/city-access";

const refresh = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");
const core = (ctx: CityContext) => ({ db: ctx.db, actorId: ctx.user.id, cityId: ctx.city.id });

export const createIndicator = cityAction({ name: "indicators.create", capability: "plan.edit", input: ZIndicatorCreate }, async (ctx, input) => {
  const created = await addIndicator(core(ctx), input);
  refresh(ctx.city.slug);
  return created;
});

export const updateIndicator = cityAction({ name: "indicators.update", capability: "plan.edit", input: ZIndicatorEdit }, async (ctx, input) => {
  const saved = await saveIndicator(core(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

export const deleteIndicator = cityAction({ name: "indicators.delete", capability: "plan.edit", input: ZIndicatorDelete }, async (ctx, input) => {
  const deleted = await removeIndicator(core(ctx), input);
  refresh(ctx.city.slug);
  return deleted;
});

export const createMeasurement = cityAction({ name: "indicators.measurements.create", capability: "plan.edit", input: ZMeasurementCreate }, async (ctx, input) => {
  const created = await addMeasurement(core(ctx), input);
  refresh(ctx.city.slug);
  return created;
});

/** The earlier values are kept in the measurement's history with the reason. */
export const correctMeasurement = cityAction({ name: "indicators.measurements.correct", capability: "plan.edit", input: ZMeasurementCorrect }, async (ctx, input) => {
  const saved = await correct(core(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

export const deleteMeasurement = cityAction({ name: "indicators.measurements.delete", capability: "plan.edit", input: ZIndicatorDelete }, async (ctx, input) => {
  const deleted = await removeMeasurement(core(ctx), input);
  refresh(ctx.city.slug);
  return deleted;
});
