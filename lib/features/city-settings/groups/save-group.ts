import "server-only";
import { recordFieldChangesOf } from "@/lib/features/commitments/record-field-changes";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import { ConflictError, NotFoundError } from "@/lib/kernel/errors";
import { isBuiltInGroupKey } from "@/lib/reference/rights/groups";
import { deriveGroupKey } from "./group-key";
import type { TGroupCreate, TGroupDelete, TGroupUpdate } from "./schema";

export interface GroupView {
  id: string;
  key: string;
  nameNl: string;
  nameEn: string;
  version: number;
}

const view = (g: GroupView): GroupView => ({ id: g.id, key: g.key, nameNl: g.nameNl, nameEn: g.nameEn, version: g.version });

async function current(tx: CityTx, id: string): Promise<GroupView | null> {
  const g = await tx.rightsHolderGroup.findUnique({ where: { id } });
  return g ? view(g) : null;
}

/** Adds a group; its key comes from the English name and never changes. */
export async function createGroup(scope: CityScope, input: TGroupCreate): Promise<GroupView> {
  try {
    return await insertGroup(scope, input);
  } catch (err) {
    // Two people adding the same name at once: the second derives its key again, now seeing the first.
    if ((err as { code?: string }).code === "P2002") return insertGroup(scope, input);
    throw err;
  }
}

async function insertGroup(scope: CityScope, input: TGroupCreate): Promise<GroupView> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const existing = new Set((await tx.rightsHolderGroup.findMany({ select: { key: true } })).map((g) => g.key));
    const key = deriveGroupKey(input.nameEn, (k) => isBuiltInGroupKey(k) || existing.has(k));
    const row = await tx.rightsHolderGroup.create({
      data: { key, nameEn: input.nameEn, nameNl: input.nameNl, createdBy: scope.actor.id, updatedBy: scope.actor.id },
    });
    await audit({ action: "create", entity: "RightsHolderGroup", entityId: row.id, after: row });
    return view(row);
  });
}

/** Renames a group (its key stays) if nobody changed it since the form loaded it. */
export async function updateGroup(scope: CityScope, input: TGroupUpdate): Promise<GroupView> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.rightsHolderGroup.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    const { count } = await tx.rightsHolderGroup.updateMany({
      where: { id: input.id, version: input.version },
      data: { nameEn: input.nameEn, nameNl: input.nameNl, updatedBy: scope.actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(await current(tx, input.id));
    const after = await tx.rightsHolderGroup.findUniqueOrThrow({ where: { id: input.id } });
    await audit({ action: "update", entity: "RightsHolderGroup", entityId: input.id, before, after });
    return view(after);
  });
}

/**
 * Deletes a group and takes its key off every commitment that linked it (each of those gets a new
 * version, so an open form cannot put the key back).
 */
export async function deleteGroup(scope: CityScope, input: TGroupDelete): Promise<{ id: string; unlinked: number }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.rightsHolderGroup.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(view(before));
    const linked = await tx.commitment.findMany({ where: { groups: { has: before.key } } });
    for (const c of linked) {
      await tx.commitment.update({
        where: { id: c.id },
        data: { groups: c.groups.filter((k) => k !== before.key), updatedBy: scope.actor.id, version: { increment: 1 } },
      });
    }
    // Each commitment's history says it lost the group (by name, kept with the entry).
    await recordFieldChangesOf(tx, linked, scope.actor.id);
    const { count } = await tx.rightsHolderGroup.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError(await current(tx, input.id));
    await audit({ action: "delete", entity: "RightsHolderGroup", entityId: input.id, before, after: { unlinkedCommitments: linked.map((c) => c.id) } });
    return { id: input.id, unlinked: linked.length };
  });
}
