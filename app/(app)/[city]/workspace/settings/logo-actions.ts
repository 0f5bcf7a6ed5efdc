"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { ZLogoRemove, ZLogoUpload } from "@/lib/features/city-settings/logo/schema";
import { removeCityLogo, setCityLogo } from "@/lib/features/city-settings/logo/set-city-logo";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";

/** The header of every workspace page and every public page show the logo: refresh both. */
function refresh(slug: string) {
  revalidatePath(`/${slug}/workspace`, "layout");
  revalidateTag(cityCacheTag(slug), { expire: 0 });
}

/** Receives FormData {file}; the bytes decide whether it is a PNG or JPEG of an allowed size. */
export const uploadCityLogoAction = cityAction({ name: "citySettings.logo.upload", capability: "settings.manage", input: ZLogoUpload }, async (ctx, input) => {
  const saved = await setCityLogo(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return saved;
});

export const removeCityLogoAction = cityAction({ name: "citySettings.logo.remove", capability: "settings.manage", input: ZLogoRemove }, async (ctx, input) => {
  const result = await removeCityLogo(cityScope(ctx), input);
  refresh(ctx.city.slug);
  return result;
});
