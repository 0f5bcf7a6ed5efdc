"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { deleteDepartment } from "@/lib/features/city-settings/departments/delete-department";
import { createDepartment, updateDepartment } from "@/lib/features/city-settings/departments/save-department";
import { ZDepartmentCreate, ZDepartmentDelete, ZDepartmentUpdate } from "@/lib/features/city-settings/departments/schema";

// Department names show on commitment pages, filters and dashboards too.
const workspace = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");

export const createDepartmentAction = cityAction(
  { name: "citySettings.department.create", capability: "commitment.edit", input: ZDepartmentCreate },
  async (ctx, input) => {
    const created = await createDepartment(cityScope(ctx), input);
    workspace(ctx.city.slug);
    return created;
  },
);

/** A stale version answers "conflict" with the stored department. */
export const updateDepartmentAction = cityAction(
  { name: "citySettings.department.update", capability: "commitment.edit", input: ZDepartmentUpdate },
  async (ctx, input) => {
    const saved = await updateDepartment(cityScope(ctx), input);
    workspace(ctx.city.slug);
    return saved;
  },
);

/** Unsets the department on its commitments when the person agreed to that (`unsetCommitments`). */
export const deleteDepartmentAction = cityAction(
  { name: "citySettings.department.delete", capability: "commitment.edit", input: ZDepartmentDelete },
  async (ctx, input) => {
    const deleted = await deleteDepartment(cityScope(ctx), input);
    workspace(ctx.city.slug);
    return deleted;
  },
);
