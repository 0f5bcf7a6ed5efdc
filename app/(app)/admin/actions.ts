"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { platformAction } from "@/lib/features/action-chain";
import { absoluteAppUrl } from "@/lib/kernel/app-url";
import { appointCityAdmin } from "@/lib/features/cities/appoint-city-admin";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { changeCityStatus } from "@/lib/features/cities/change-city-status";
import { createCity } from "@/lib/features/cities/create-city";
import { ZAppointCityAdmin, ZCityCreateForm, ZCityStatusChange } from "@/lib/features/cities/schema";

/**
 * The public pages of a city are cached (ISR + the tagged city lookup); expire them now rather
 * than serving stale content while they refresh, so a suspension takes effect on the next request.
 */
function refreshPublicPages(slug: string) {
  revalidateTag(cityCacheTag(slug), { expire: 0 });
  revalidatePath("/");
}

export const createCityAction = platformAction({ name: "cities.create", input: ZCityCreateForm }, async (user, input) => {
  const created = await createCity(input, user.id);
  // A visit before the city existed may have cached "no such city" under this slug.
  refreshPublicPages(created.slug);
  revalidatePath("/admin");
  return {
    slug: created.slug,
    name: input.name,
    setPasswordUrl: created.adminPasswordToken ? await absoluteAppUrl(`/reset-password/${created.adminPasswordToken}`) : null,
  };
});

export const changeCityStatusAction = platformAction({ name: "cities.status.change", input: ZCityStatusChange }, async (user, input) => {
  const city = await changeCityStatus(input.slug, input.status, user.id);
  refreshPublicPages(city.slug);
  revalidatePath("/admin");
  revalidatePath(`/admin/cities/${city.slug}`);
  return city;
});

export const appointCityAdminAction = platformAction({ name: "cities.admin.appoint", input: ZAppointCityAdmin }, async (user, input) => {
  const result = await appointCityAdmin(input.slug, input.email, user.id);
  revalidatePath("/admin");
  revalidatePath(`/admin/cities/${input.slug}`);
  return result;
});
