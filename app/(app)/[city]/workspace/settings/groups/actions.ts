"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { createGroup, deleteGroup, updateGroup } from "@/lib/features/city-settings/groups/save-group";
import { ZGroupCreate, ZGroupDelete, ZGroupUpdate } from "@/lib/features/city-settings/groups/schema";

// Group names show on commitment pages, filters and dashboards too.
const workspace = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");

/** Adds a group of the city's own; the key is derived from the English name. */
export const createGroupAction = cityAction({ name: "citySettings.group.create", capability: "commitment.edit", input: ZGroupCreate }, async (ctx, input) => {
  const created = await createGroup(cityScope(ctx), input);
  workspace(ctx.city.slug);
  return created;
});

export const updateGroupAction = cityAction({ name: "citySettings.group.update", capability: "commitment.edit", input: ZGroupUpdate }, async (ctx, input) => {
  const saved = await updateGroup(cityScope(ctx), input);
  workspace(ctx.city.slug);
  return saved;
});

/** Deletes a group and unlinks it from the commitments that named it. */
export const deleteGroupAction = cityAction({ name: "citySettings.group.delete", capability: "commitment.edit", input: ZGroupDelete }, async (ctx, input) => {
  const deleted = await deleteGroup(cityScope(ctx), input);
  workspace(ctx.city.slug);
  return deleted;
});
