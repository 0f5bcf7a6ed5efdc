import "server-only";
import type { SessionUser } from "./session-check";
import { citiesOfUser } from "@/lib/kernel/tenancy/city-access";

export type UserCity = Awaited<ReturnType<typeof citiesOfUser>>[number];

/** The chooser of workspaces, for a person with more than one place to go (app/(app)/workspace). */
export const CHOOSER_PATH = "/workspace";

/**
 * Where a signed-in person starts: the one city's workspace they belong to; the platform
 * administration for a platform admin who belongs to no city; otherwise the chooser, which lists
 * their cities (and the platform administration) — also when they belong to none yet, so they
 * see why nothing opens. A session from a city's identity provider only ever opens that city.
 */
export function homePathOf(user: Pick<SessionUser, "platformAdmin" | "cityScope">, cities: readonly UserCity[]): string {
  const platformAdmin = user.platformAdmin && !user.cityScope;
  const active = cities.filter((c) => c.status === "active");
  if (platformAdmin && cities.length === 0) return "/admin";
  if (!platformAdmin && cities.length === 1 && active.length === 1) return `/${active[0]!.slug}/workspace`;
  return CHOOSER_PATH;
}

export async function homePath(user: SessionUser): Promise<string> {
  return homePathOf(user, await citiesOfUser(user));
}
