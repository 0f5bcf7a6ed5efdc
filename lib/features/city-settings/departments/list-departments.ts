import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";

export interface DepartmentRow {
  id: string;
  name: string;
  contactName: string;
  contactEmail: string;
  version: number;
  updatedAt: Date;
  /** How many of the city's commitments this department is responsible for. */
  commitments: number;
}

/** The city's departments by name, each with its number of commitments (one query). */
export async function listDepartments(db: CityDb): Promise<DepartmentRow[]> {
  const rows = await db.department.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, contactName: true, contactEmail: true, version: true, updatedAt: true, _count: { select: { commitments: true } } },
  });
  return rows.map(({ _count, ...d }) => ({ ...d, commitments: _count.commitments }));
}
