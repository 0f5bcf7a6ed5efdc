import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { DepartmentRow } from "./list-departments";
import type { TDepartmentCreate, TDepartmentUpdate } from "./schema";

const NAME_TAKEN = { name: ["commitments.departments.validation.nameTaken"] };

/** Names are unique regardless of case ("Social Affairs" and "social affairs" are one department). */
async function nameTaken(tx: CityTx, name: string, exceptId?: string): Promise<boolean> {
  const other = await tx.department.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return other !== null;
}

export async function departmentRow(tx: CityTx | CityDb, id: string): Promise<DepartmentRow | null> {
  const d = await tx.department.findUnique({
    where: { id },
    select: { id: true, name: true, contactName: true, contactEmail: true, version: true, updatedAt: true, _count: { select: { commitments: true } } },
  });
  if (!d) return null;
  const { _count, ...rest } = d;
  return { ...rest, commitments: _count.commitments };
}

/** Prisma's unique-constraint error: two people adding the same name at once. */
function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}

export async function createDepartment(scope: CityScope, input: TDepartmentCreate): Promise<DepartmentRow> {
  try {
    return await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
      if (await nameTaken(tx, input.name)) throw new ValidationError(NAME_TAKEN);
      const row = await tx.department.create({ data: { ...input, createdBy: scope.actor.id, updatedBy: scope.actor.id } });
      await audit({ action: "create", entity: "Department", entityId: row.id, after: row });
      return { ...row, commitments: 0 };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ValidationError(NAME_TAKEN);
    throw err;
  }
}

/** Saves name and contact if nobody changed the department since the form loaded it (`version`). */
export async function updateDepartment(scope: CityScope, input: TDepartmentUpdate): Promise<DepartmentRow> {
  try {
    return await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
      const before = await tx.department.findUnique({ where: { id: input.id } });
      if (!before) throw new NotFoundError();
      if (before.version !== input.version) throw new ConflictError(await departmentRow(tx, input.id));
      if (await nameTaken(tx, input.name, input.id)) throw new ValidationError(NAME_TAKEN);
      const { count } = await tx.department.updateMany({
        where: { id: input.id, version: input.version },
        data: { name: input.name, contactName: input.contactName, contactEmail: input.contactEmail, updatedBy: scope.actor.id, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError(await departmentRow(tx, input.id));
      const after = await tx.department.findUniqueOrThrow({ where: { id: input.id } });
      await audit({ action: "update", entity: "Department", entityId: input.id, before, after });
      return (await departmentRow(tx, input.id))!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ValidationError(NAME_TAKEN);
    throw err;
  }
}
