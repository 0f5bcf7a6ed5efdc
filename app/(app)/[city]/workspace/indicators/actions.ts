"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { createIndicator, deleteIndicator, updateIndicator } from "@/lib/features/indicators/save-indicator";
import { correctMeasurement, createMeasurement, deleteMeasurement } from "@/lib/features/indicators/save-measurement";
import { ZIndicatorCreate, ZIndicatorDelete, ZIndicatorEdit, ZMeasurementCorrect, ZMeasurementCreate } from "@/lib/features/indicators/schema";
import type { CityContext } from "@/lib/kernel/tenancy/city-access";

const refresh = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");
const core = (ctx: CityContext) => cityScope(ctx);

export const createIndicatorAction = cityAction({ name: "indicators.create", capability: "plan.edit", input: ZIndicatorCreate }, async (ctx, input) => {
  const created = await createIndicator(core(ctx), input);
  refresh(ctx.city.slug);
  return created;
});

export const updateIndicatorAction = cityAction({ name: "indicators.update", capability: "plan.edit", input: ZIndicatorEdit }, async (ctx, input) => {
  const saved = await updateIndicator(core(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

export const deleteIndicatorAction = cityAction({ name: "indicators.delete", capability: "plan.edit", input: ZIndicatorDelete }, async (ctx, input) => {
  const deleted = await deleteIndicator(core(ctx), input);
  refresh(ctx.city.slug);
  return deleted;
});

export const createMeasurementAction = cityAction(
  { name: "indicators.measurement.create", capability: "plan.edit", input: ZMeasurementCreate },
  async (ctx, input) => {
    const created = await createMeasurement(core(ctx), input);
    refresh(ctx.city.slug);
    return created;
  },
);

/** The earlier values are kept in the measurement's history with the reason. */
export const correctMeasurementAction = cityAction(
  { name: "indicators.measurement.correct", capability: "plan.edit", input: ZMeasurementCorrect },
  async (ctx, input) => {
    const saved = await correctMeasurement(core(ctx), input);
    refresh(ctx.city.slug);
    return saved;
  },
);

export const deleteMeasurementAction = cityAction(
  { name: "indicators.measurement.delete", capability: "plan.edit", input: ZIndicatorDelete },
  async (ctx, input) => {
    const deleted = await deleteMeasurement(core(ctx), input);
    refresh(ctx.city.slug);
    return deleted;
  },
);
