import "server-only";
import { notFound, redirect, forbidden } from "next/navigation";
import { getSessionUser } from "@/lib/kernel/auth/current-user";
import type { Capability } from "@/lib/kernel/auth/permissions";
import { isImpossibleValue } from "@/lib/kernel/db/impossible-value";
import { AppError, isAppError } from "@/lib/kernel/errors";
import { requireCityAccess, type CityContext } from "./city-access";

/**
 * For workspace pages: the city context, or the right answer — 404 for another city, the sign-in
 * page when signed out, the suspension notice for a suspended city, 403 for a missing capability.
 */
export async function cityPageContext(slug: string, capability: Capability, returnTo?: string): Promise<CityContext> {
  try {
    return await requireCityAccess(await getSessionUser(), slug, capability);
  } catch (err) {
    if (err instanceof AppError) {
      if (err.code === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent(returnTo ?? `/${slug}/workspace`)}`);
      if (err.code === "city_suspended") redirect(`/suspended/${slug}`);
      if (err.code === "forbidden") forbidden();
      notFound();
    }
    throw err;
  }
}

/**
 * For a page's loaders that throw NotFoundError rather than return nothing: 404, as for any unknown
 * id — also when the id could not even be one (lib/kernel/db/impossible-value.ts). Thrown past the page it
 * would be a 500.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (err) {
    if ((isAppError(err) && err.code === "not_found") || isImpossibleValue(err)) notFound();
    throw err;
  }
}
