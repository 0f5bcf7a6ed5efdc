import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import { setCityStatus } from "@/lib/kernel/tenancy/set-city-status";
import type { CityStatusValue } from "./schema";

/** Suspend or reactivate a city (recorded in the platform audit log by setCityStatus). */
export async function changeCityStatus(slug: string, status: CityStatusValue, actorId: string) {
  const city = await setCityStatus(controlDb(), slug, status, actorId);
  return { slug: city.slug, name: city.name, status: city.status as CityStatusValue };
}
