"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { platformAction } from "@/lib/features/action-chain";
import { ZPlatformLogoRemove, ZPlatformLogoUpload } from "@/lib/features/city-settings/logo/schema";
import { platformLogoScope, removeCityLogo, setCityLogo } from "@/lib/features/city-settings/logo/set-city-logo";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";

/** The platform admin sets a city's logo too (a city without an admin yet, or one that asks for help). */
function refresh(slug: string) {
  revalidatePath(`/admin/cities/${slug}`);
  revalidatePath(`/${slug}/workspace`, "layout");
  revalidateTag(cityCacheTag(slug), { expire: 0 });
}

export const uploadPlatformCityLogoAction = platformAction({ name: "cities.logo.upload", input: ZPlatformLogoUpload }, async (user, { citySlug, ...input }) => {
  const scope = await platformLogoScope(citySlug, user.id);
  const saved = await setCityLogo(scope, input);
  refresh(scope.city.slug);
  return saved;
});

export const removePlatformCityLogoAction = platformAction({ name: "cities.logo.remove", input: ZPlatformLogoRemove }, async (user, { citySlug, ...input }) => {
  const scope = await platformLogoScope(citySlug, user.id);
  const result = await removeCityLogo(scope, input);
  refresh(scope.city.slug);
  return result;
});
