// No "server-only" import: the demo seed runs this under plain Node (like lib/features/commitments/apply-change.ts).
import type { AuditEntry, CityTx } from "@/lib/kernel/records/audited";
import { ConflictError } from "@/lib/kernel/errors";
import type { Action, Prisma } from "@/lib/generated/city/client";
import type { ActionStatusValue } from "./schema";
import { syncCommitmentsOfActions } from "./sync-commitments";

/**
 * The one place where an action's tracked state (status, progress) changes — the web form now,
 * the spreadsheet import of action updates later — so every change becomes an ActionUpdate in
 * the action's history (from → to, reason, note, author, source) and an audit entry, guarded by
 * the version the person started from. Linked commitments in progress mode "actions" follow in
 * the same transaction.
 */
export interface ActionChange {
  status?: ActionStatusValue;
  progress?: number;
  statusReason?: string;
  note: string;
  source: "web" | "import";
}

export async function applyActionChange(
  tx: CityTx,
  audit: (entry: AuditEntry) => Promise<void>,
  actorId: string | null,
  before: Action,
  expectedVersion: number,
  change: ActionChange,
  fields: Prisma.ActionUncheckedUpdateManyInput = {},
  at: Date = new Date(),
): Promise<{ action: Action; updateId: string | null }> {
  if (before.version !== expectedVersion) throw new ConflictError(before);
  const statusChanged = change.status !== undefined && change.status !== before.status;
  const progressChanged = change.progress !== undefined && change.progress !== before.progress;
  const reasonChanged = change.statusReason !== undefined && change.statusReason !== before.statusReason;
  const tracked = statusChanged || progressChanged;
  if (!tracked && !reasonChanged && Object.keys(fields).length === 0) return { action: before, updateId: null };

  const { count } = await tx.action.updateMany({
    where: { id: before.id, version: expectedVersion },
    data: {
      ...fields,
      ...(statusChanged ? { status: change.status } : {}),
      ...(progressChanged ? { progress: change.progress } : {}),
      ...(reasonChanged ? { statusReason: change.statusReason } : {}),
      ...(tracked ? { lastUpdateAt: at } : {}),
      updatedBy: actorId,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new ConflictError(await tx.action.findUniqueOrThrow({ where: { id: before.id } }));
  const after = await tx.action.findUniqueOrThrow({ where: { id: before.id } });

  let updateId: string | null = null;
  if (tracked) {
    const update = await tx.actionUpdate.create({
      data: {
        actionId: before.id,
        at,
        authorId: actorId,
        note: change.note,
        source: change.source,
        statusReason: after.statusReason,
        ...(statusChanged ? { fromStatus: before.status, toStatus: after.status } : {}),
        ...(progressChanged ? { fromProgress: before.progress, toProgress: after.progress } : {}),
      },
    });
    updateId = update.id;
    const links = await tx.actionCommitment.findMany({ where: { actionId: before.id }, select: { commitmentId: true } });
    await syncCommitmentsOfActions(
      tx,
      audit,
      actorId,
      links.map((l) => l.commitmentId),
      at,
    );
  }
  await audit({ action: "update", entity: "Action", entityId: before.id, before, after });
  return { action: after, updateId };
}
