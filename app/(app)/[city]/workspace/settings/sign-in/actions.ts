"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { createIdentityProvider, deleteIdentityProvider, updateIdentityProvider } from "@/lib/kernel/auth/identity/save-identity-provider";
import { ZIdentityProviderCreate, ZIdentityProviderDelete, ZIdentityProviderUpdate } from "@/lib/kernel/auth/identity/schema";

const path = (slug: string) => `/${slug}/workspace/settings/sign-in`;

export const createIdentityProviderAction = cityAction(
  { name: "identity.provider.create", capability: "settings.manage", input: ZIdentityProviderCreate },
  async (ctx, input) => {
    const saved = await createIdentityProvider({ cityId: ctx.city.id, actorId: ctx.user.id }, input);
    revalidatePath(path(ctx.city.slug));
    return saved;
  },
);

export const updateIdentityProviderAction = cityAction(
  { name: "identity.provider.update", capability: "settings.manage", input: ZIdentityProviderUpdate },
  async (ctx, input) => {
    const saved = await updateIdentityProvider({ cityId: ctx.city.id, actorId: ctx.user.id }, input);
    revalidatePath(path(ctx.city.slug));
    return saved;
  },
);

export const deleteIdentityProviderAction = cityAction(
  { name: "identity.provider.delete", capability: "settings.manage", input: ZIdentityProviderDelete },
  async (ctx, input) => {
    await deleteIdentityProvider({ cityId: ctx.city.id, actorId: ctx.user.id }, input);
    revalidatePath(path(ctx.city.slug));
    return { id: input.id };
  },
);
