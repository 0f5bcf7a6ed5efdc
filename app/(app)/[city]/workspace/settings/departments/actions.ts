"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/kernel/action-chain/safe-action";
import { deleteDepartment as removeDepartment } from "@/lib/features/city-settings/departments/delete-department";
import { createDepartment as addDepartment, updateDepartment as saveDepartment } from "@/lib/features/city-settings/departments/save-department";
import { ZDepartmentCreate, ZDepartmentDelete, ZDepartmentUpdate } from "@/lib/features/city-settings/departments/schema";

// Department names show on commitment pages, filters and dashboards too.
const workspace = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");

export const createDepartment = cityAction(
  { name: "departments.create", capability: "commitment.edit", input: ZDepartmentCreate },
  async (ctx, input) => {
    const created = await addDepartment({ db: ctx.db, actorId: ctx.user.id }, input);
    workspace(ctx.city.slug);
    return created;
  },
);

/** A stale version answers "conflict" with the stored department. */
export const updateDepartment = cityAction(
  { name: "departments.update", capability: "commitment.edit", input: ZDepartmentUpdate },
  async (ctx, input) => {
    const saved = await saveDepartment({ db: ctx.db, actorId: ctx.user.id }, input);
    workspace(ctx.city.slug);
    return saved;
  },
);

/** Unsets the department on its commitments when the person agreed to that (`unsetCommitments`). */
export const deleteDepartment = cityAction(
  { name: "departments.delete", capability: "commitment.edit", input: ZDepartmentDelete },
  async (ctx, input) => {
    const deleted = await removeDepartment({ db: ctx.db, actorId: ctx.user.id }, input);
    workspace(ctx.city.slug);
    return deleted;
  },
);
