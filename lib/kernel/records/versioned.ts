import "server-only";
import type { AuditEntry } from "@/lib/kernel/records/audited";
import { ConflictError, NotFoundError } from "@/lib/kernel/errors";

type Audit = (entry: AuditEntry) => Promise<void>;

/**
 * The optimistic-concurrency write every edit of a plan's parts and indicators goes through (any
 * feature may use it): refuse when the row is gone (404) or was saved since `version`
 * (ConflictError with the stored record, presented for the form), write with the version in the
 * WHERE (closing the gap after the read), audit.
 */
export async function updateVersioned<R extends { version: number }>(args: {
  audit: Audit;
  entity: string;
  id: string;
  version: number;
  find: () => Promise<R | null>;
  /** Must use `where: { id, version }` and bump the version. */
  write: () => Promise<{ count: number }>;
  present: (row: R) => unknown;
}): Promise<{ before: R; after: R }> {
  const before = await args.find();
  if (!before) throw new NotFoundError();
  if (before.version !== args.version) throw new ConflictError(args.present(before));
  const { count } = await args.write();
  const after = await args.find();
  if (!after) throw new NotFoundError();
  if (count === 0) throw new ConflictError(args.present(after));
  await args.audit({ action: "update", entity: args.entity, entityId: args.id, before, after });
  return { before, after };
}

/** Deletes a row at the version the person saw; a newer version is a conflict, not a silent loss. */
export async function deleteVersioned<R extends { version: number }>(args: {
  audit: Audit;
  entity: string;
  id: string;
  version: number;
  find: () => Promise<R | null>;
  remove: () => Promise<{ count: number }>;
  present: (row: R) => unknown;
}): Promise<R> {
  const before = await args.find();
  if (!before) throw new NotFoundError();
  if (before.version !== args.version) throw new ConflictError(args.present(before));
  const { count } = await args.remove();
  if (count === 0) {
    const now = await args.find();
    if (!now) throw new NotFoundError();
    throw new ConflictError(args.present(now));
  }
  await args.audit({ action: "delete", entity: args.entity, entityId: args.id, before });
  return before;
}
