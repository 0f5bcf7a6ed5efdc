import "server-only";
import { controlDb } from "@/lib/kernel/db/control";

export interface ActiveCity {
  slug: string;
  name: string;
  country: string;
  defaultLocale: string;
}

/** Cities the landing page lists: provisioned and not suspended. */
export async function listActiveCities(): Promise<ActiveCity[]> {
  return controlDb().city.findMany({
    where: { status: "active", provisionedAt: { not: null } },
    select: { slug: true, name: true, country: true, defaultLocale: true },
    orderBy: { name: "asc" },
  });
}
