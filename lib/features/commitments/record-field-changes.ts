import type { CityTx } from "@/lib/kernel/records/audited";
import type { Commitment, Prisma } from "@/lib/generated/city/client";
import { isBuiltInGroupKey } from "@/lib/reference/rights/groups";
import { diffFields } from "./field-changes";

const sameGroups = (a: string[], b: string[]) => [...a].sort().join("\n") === [...b].sort().join("\n");

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
  const groupKeys = [...new Set([...before.groups, ...after.groups])].filter((k) => !isBuiltInGroupKey(k));
  const groups =
    groupKeys.length && !sameGroups(before.groups, after.groups)
      ? await tx.rightsHolderGroup.findMany({ where: { key: { in: groupKeys } }, select: { key: true, nameEn: true, nameNl: true } })
      : [];
  const fields = diffFields(before, after, {
    departments: new Map(departments.map((d) => [d.id, d.name])),
    groups: new Map(groups.map((g) => [g.key, { en: g.nameEn, nl: g.nameNl }])),
  });
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

/**
 * The history entries of a change made away from the commitment's form (a department or group
 * deleted in the settings): `befores` are the rows as they were, read again here after the change.
 */
export async function recordFieldChangesOf(tx: CityTx, befores: Commitment[], authorId: string | null, at: Date = new Date()): Promise<void> {
  if (befores.length === 0) return;
  const afters = new Map((await tx.commitment.findMany({ where: { id: { in: befores.map((b) => b.id) } } })).map((a) => [a.id, a]));
  for (const before of befores) {
    const after = afters.get(before.id);
    if (after) await recordFieldChanges(tx, { before, after, updateId: null, at, authorId, source: "web", note: "" });
  }
}
