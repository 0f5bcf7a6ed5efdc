/**
 * Marking commitments for the public pages. A mark takes effect at the next publication
 * (./publish-city.ts), never before. Setting a flag is idempotent ("make it public"), so it does
 * not ask for the version the person saw; it does bump the version, so an edit form open on the
 * same commitment notices the change instead of silently overwriting it.
 */
import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { NotFoundError } from "@/lib/kernel/errors";
import { recordFieldChangesOf } from "@/lib/features/commitments/record-field-changes";

export async function setCommitmentPublic(
  scope: CityScope<string | null>,
  input: { id: string; isPublic: boolean },
): Promise<{ id: string; isPublic: boolean; version: number }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await tx.commitment.findUnique({ where: { id: input.id } });
    if (!row) throw new NotFoundError();
    const before = { id: row.id, isPublic: row.isPublic, version: row.version };
    if (before.isPublic === input.isPublic) return before;
    const after = await tx.commitment.update({
      where: { id: input.id },
      data: { isPublic: input.isPublic, updatedBy: scope.actor.id, version: { increment: 1 } },
      select: { id: true, isPublic: true, version: true },
    });
    await audit({ action: "update", entity: "Commitment", entityId: input.id, before, after });
    // The commitment's own history shows it too, as it does when the commitment's form changes it.
    await recordFieldChangesOf(tx, [row], scope.actor.id);
    return after;
  });
}

/** Marks every commitment public (or none). Returns how many changed. */
export async function setAllCommitmentsPublic(scope: CityScope<string | null>, input: { isPublic: boolean }): Promise<{ changed: number }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const rows = await tx.commitment.findMany({ where: { isPublic: !input.isPublic } });
    if (!rows.length) return { changed: 0 };
    const ids = rows.map((r) => r.id);
    await tx.commitment.updateMany({
      where: { id: { in: ids } },
      data: { isPublic: input.isPublic, updatedBy: scope.actor.id, version: { increment: 1 } },
    });
    await audit({
      action: "update",
      entity: "Commitment",
      entityId: "*",
      before: { isPublic: !input.isPublic, ids },
      after: { isPublic: input.isPublic, ids },
    });
    await recordFieldChangesOf(tx, rows, scope.actor.id);
    return { changed: ids.length };
  });
}

/**
 * Marks an action plan for the public pages (or unmarks it), from the next publication on. Only
 * an adopted or closed plan is ever published (./plan-public.ts), so marking a draft is allowed —
 * it is published once adopted — but the settings page says so.
 */
export async function setPlanPublic(
  scope: CityScope<string | null>,
  input: { id: string; isPublic: boolean },
): Promise<{ id: string; isPublic: boolean; version: number }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.actionPlan.findUnique({ where: { id: input.id }, select: { id: true, isPublic: true, version: true } });
    if (!before) throw new NotFoundError();
    if (before.isPublic === input.isPublic) return before;
    const after = await tx.actionPlan.update({
      where: { id: input.id },
      data: { isPublic: input.isPublic, updatedBy: scope.actor.id, version: { increment: 1 } },
      select: { id: true, isPublic: true, version: true },
    });
    await audit({ action: "update", entity: "ActionPlan", entityId: input.id, before, after });
    return after;
  });
}
