import "server-only";
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import type { Commitment } from "@/lib/generated/city/client";
import type { PlanState } from "./plan-import";

/** Every commitment in export order: framework elements by key, then the city's own by title. */
export async function loadCommitments(db: CityDb | CityTx): Promise<Commitment[]> {
  return db.commitment.findMany({ orderBy: [{ elementKey: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }] });
}

/**
 * What an import is checked against: the city's commitments, departments and rights-holder groups (read through `db`,
 * the apply step's transaction when applying) and its members, who may own commitments.
 */
export async function loadPlanState(db: CityDb | CityTx, cityId: string): Promise<{ state: PlanState; commitments: Commitment[] }> {
  const commitments = await loadCommitments(db);
  const departments = await db.department.findMany({ select: { id: true, name: true } });
  const groups = await db.rightsHolderGroup.findMany({ select: { key: true } });
  const members = await controlDb().membership.findMany({
    where: { cityId },
    select: { user: { select: { id: true, email: true } } },
  });
  const ownerIds = [...new Set(commitments.map((c) => c.ownerId).filter((id): id is string => !!id))];
  const owners = await controlDb().user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, email: true } });
  return {
    commitments,
    state: {
      commitments,
      departments,
      groupKeys: groups.map((g) => g.key),
      members: members.map((m) => m.user),
      ownerEmails: new Map(owners.map((u) => [u.id, u.email])),
    },
  };
}
