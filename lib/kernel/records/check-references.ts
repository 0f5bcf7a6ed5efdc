import "server-only";
import type { CityTx } from "@/lib/kernel/records/audited";
import { controlDb } from "@/lib/kernel/db/control";
import { ValidationError } from "@/lib/kernel/errors";
import { isBuiltInGroupKey } from "@/lib/reference/rights/groups";

/**
 * Owner, department and groups must be the city's own; refused field by field otherwise. Only
 * the fields present (being changed) are checked. Shared by commitments, plan actions and
 * indicators; the message keys' last part is the same in each domain's validation texts.
 */
export async function checkReferences(
  tx: CityTx,
  cityId: string,
  fields: { ownerId?: unknown; departmentId?: unknown; groups?: unknown },
  domain: "commitments" | "actionPlans" | "indicators" = "commitments",
): Promise<void> {
  const problems: Record<string, string[]> = {};
  if (typeof fields.ownerId === "string") {
    const member = await controlDb().membership.findUnique({
      where: { userId_cityId: { userId: fields.ownerId, cityId } },
      select: { userId: true },
    });
    if (!member) problems.ownerId = [`${domain}.validation.ownerNotMember`];
  }
  if (typeof fields.departmentId === "string") {
    const dept = await tx.department.findUnique({ where: { id: fields.departmentId }, select: { id: true } });
    if (!dept) problems.departmentId = [`${domain}.validation.departmentUnknown`];
  }
  if (Array.isArray(fields.groups)) {
    const own = (fields.groups as string[]).filter((k) => !isBuiltInGroupKey(k));
    if (own.length) {
      const found = await tx.rightsHolderGroup.count({ where: { key: { in: own } } });
      if (found !== own.length) problems.groups = [`${domain}.validation.groupUnknown`];
    }
  }
  if (Object.keys(problems).length) throw new ValidationError(problems);
}
