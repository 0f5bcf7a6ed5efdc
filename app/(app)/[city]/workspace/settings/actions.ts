"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { ZCitySettings } from "@/lib/features/city-settings/schema";
import { updateCitySettings } from "@/lib/features/city-settings/update-city-settings";

/** Saves the city's name, languages, brand colour and logo; a stale `version` answers "conflict". */
export const updateCitySettingsAction = cityAction({ name: "citySettings.update", capability: "settings.manage", input: ZCitySettings }, async (ctx, input) => {
  const saved = await updateCitySettings(cityScope(ctx), input);
  // The header of every workspace page shows the name, colour and logo.
  revalidatePath(`/${ctx.city.slug}/workspace`, "layout");
  // The public pages (cached per city) and the landing page's city list show them too.
  revalidateTag(cityCacheTag(ctx.city.slug), { expire: 0 });
  revalidatePath("/");
  return saved;
});
