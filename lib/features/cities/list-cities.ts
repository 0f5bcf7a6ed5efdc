import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import type { CityStatusValue } from "./schema";

export interface CityRow {
  slug: string;
  name: string;
  country: string;
  defaultLocale: string;
  status: CityStatusValue;
  createdAt: Date;
  provisioned: boolean;
  memberCount: number;
}

/** Every city of the platform, for the platform admin's overview. */
export async function listCities(): Promise<CityRow[]> {
  const rows = await controlDb().city.findMany({
    select: {
      slug: true,
      name: true,
      country: true,
      defaultLocale: true,
      status: true,
      createdAt: true,
      provisionedAt: true,
      _count: { select: { memberships: true } },
    },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, provisionedAt, ...city }) => ({ ...city, provisioned: !!provisionedAt, memberCount: _count.memberships }));
}
