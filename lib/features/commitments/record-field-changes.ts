import type { CityTx } from "@/lib/kernel/records/audited";
import type { Commitment, Prisma } from "@/lib/generated/city/client";
import { diffFields } from "./field-changes";

/**
 * Writes what one save changed besides status, progress and maturity (text, owner, department,
 * dates, linked rights, …) into the commitment's history, in the caller's transaction, tied to
 * the save's CommitmentUpdate when there is one. Nothing is written when no such field changed.
 */
export async function recordFieldChanges(
  tx: CityTx,
  args: { before: Commitment; after: Commitment; updateId: string | null; at: Date; authorId: string | null; source: string; note: string },
): Promise<void> {
  const { before, after } = args;
  const ids = before.departmentId === after.departmentId ? [] : [before.departmentId, after.departmentId].filter((id): id is string => id !== null);
  const departments = ids.length ? await tx.department.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const fields = diffFields(before, after, new Map(departments.map((d) => [d.id, d.name])));
  if (fields.length === 0) return;
  await tx.commitmentFieldChange.create({
    data: {
      commitmentId: before.id,
      updateId: args.updateId,
      at: args.at,
      authorId: args.authorId,
      source: args.source,
      // The note belongs to the update when there is one; a save of other fields keeps its own.
      note: args.updateId ? "" : args.note,
      fields: fields as unknown as Prisma.InputJsonValue,
    },
  });
}
