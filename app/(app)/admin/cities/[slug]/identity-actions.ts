"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { platformAction } from "@/lib/features/action-chain";
import { provisionedCityId } from "@/lib/kernel/auth/identity/city-by-slug";
import { createIdentityProvider, deleteIdentityProvider, updateIdentityProvider } from "@/lib/kernel/auth/identity/save-identity-provider";
import { ZIdentityProviderCreate, ZIdentityProviderDelete, ZIdentityProviderUpdate } from "@/lib/kernel/auth/identity/schema";

/** The platform admin sets a city's providers too (a city without an admin yet, or one that asks for help). */
const withCity = { citySlug: z.string().min(1).max(60) };

async function scope(slug: string, actorId: string) {
  return { cityId: await provisionedCityId(slug), actorId };
}

export const createCityIdentityProviderAction = platformAction(
  { name: "cities.identity.provider.create", input: ZIdentityProviderCreate.extend(withCity) },
  async (user, { citySlug, ...input }) => {
    const saved = await createIdentityProvider(await scope(citySlug, user.id), input);
    revalidatePath(`/admin/cities/${citySlug}`);
    return saved;
  },
);

export const updateCityIdentityProviderAction = platformAction(
  { name: "cities.identity.provider.update", input: ZIdentityProviderUpdate.extend(withCity) },
  async (user, { citySlug, ...input }) => {
    const saved = await updateIdentityProvider(await scope(citySlug, user.id), input);
    revalidatePath(`/admin/cities/${citySlug}`);
    return saved;
  },
);

export const deleteCityIdentityProviderAction = platformAction(
  { name: "cities.identity.provider.delete", input: ZIdentityProviderDelete.extend(withCity) },
  async (user, { citySlug, ...input }) => {
    await deleteIdentityProvider(await scope(citySlug, user.id), input);
    revalidatePath(`/admin/cities/${citySlug}`);
    return { id: input.id };
  },
);
