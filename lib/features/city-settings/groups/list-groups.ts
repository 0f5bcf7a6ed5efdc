import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";

export interface CityGroupRow {
  id: string;
  key: string;
  nameNl: string;
  nameEn: string;
  version: number;
  /** How many commitments link this group. */
  commitments: number;
}

/** How many commitments link each group key (built-in and the city's own). */
export async function groupUsage(db: CityDb): Promise<Map<string, number>> {
  const rows = await db.commitment.findMany({ where: { groups: { isEmpty: false } }, select: { groups: true } });
  const usage = new Map<string, number>();
  for (const r of rows) for (const key of r.groups) usage.set(key, (usage.get(key) ?? 0) + 1);
  return usage;
}

/** The groups the city added to the built-in list, by English name. */
export async function listCityGroups(db: CityDb): Promise<CityGroupRow[]> {
  const [rows, usage] = await Promise.all([
    db.rightsHolderGroup.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, key: true, nameNl: true, nameEn: true, version: true } }),
    groupUsage(db),
  ]);
  return rows.map((g) => ({ ...g, commitments: usage.get(g.key) ?? 0 }));
}
