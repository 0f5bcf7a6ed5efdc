import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { ConflictError, NotFoundError } from "@/lib/kernel/errors";
import { recordFieldChangesOf } from "@/lib/features/commitments/record-field-changes";
import { departmentRow } from "./save-department";
import type { TDepartmentDelete } from "./schema";

/**
 * Deletes a department. Its commitments lose their responsible department, which the person
 * agreed to (`unsetCommitments`) after seeing how many there are; if there are commitments and
 * they did not agree (the count was 0 when they asked, someone linked one since), nothing is
 * deleted and the current state comes back as a conflict. Unlinked commitments get a new version,
 * so a form still open on one of them cannot put the deleted department back.
 */
export async function deleteDepartment(scope: CityScope, input: TDepartmentDelete): Promise<{ id: string; unlinked: number }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.department.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(await departmentRow(tx, input.id));
    const linked = await tx.commitment.findMany({ where: { departmentId: input.id } });
    if (linked.length > 0 && !input.unsetCommitments) {
      throw new ConflictError(await departmentRow(tx, input.id), "commitments.departments.nowHasCommitments");
    }
    if (linked.length > 0) {
      await tx.commitment.updateMany({
        where: { departmentId: input.id },
        data: { departmentId: null, updatedBy: scope.actor.id, version: { increment: 1 } },
      });
      // Each commitment's history says it lost its department (by name, kept with the entry).
      await recordFieldChangesOf(tx, linked, scope.actor.id);
    }
    const { count } = await tx.department.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError(await departmentRow(tx, input.id));
    await audit({ action: "delete", entity: "Department", entityId: input.id, before, after: { unlinkedCommitments: linked.map((c) => c.id) } });
    return { id: input.id, unlinked: linked.length };
  });
}
