/**
 * The one place where a commitment's tracked state (status, progress, maturity) changes. The web
 * form and the spreadsheet import both come through here, so every change becomes an update in
 * the commitment's history (who, when, from → to, note) and an audit entry, in the caller's
 * transaction, guarded by the version the person started from. Changes of its other fields (text,
 * owner, dates, links…) are recorded beside the update (record-field-changes.ts).
 */
import type { CityTx } from "@/lib/kernel/records/audited";
import type { AuditEntry } from "@/lib/kernel/records/audited";
import { ConflictError } from "@/lib/kernel/errors";
import type { Commitment, CommitmentStatus, Maturity, Prisma } from "@/lib/generated/city/client";
import { recordFieldChanges } from "./record-field-changes";

export interface TrackedChange {
  status?: CommitmentStatus;
  progress?: number;
  maturity?: Maturity;
  note: string;
  /** Show the note on the public pages (from the next publication on); default false: internal. */
  notePublic?: boolean;
  /** "actions": derived from the linked actions of an action plan (progress mode "actions"). */
  source: "web" | "import" | "actions";
}

export interface ApplyChangeResult {
  commitment: Commitment;
  /** Null when nothing tracked changed (other fields may still have been saved). */
  updateId: string | null;
}

/**
 * Applies `change` and the untracked `fields` (text, owner, dates, links…) to `before`.
 * Throws ConflictError (with the stored row) when someone saved since `expectedVersion`.
 */
export async function applyCommitmentChange(
  tx: CityTx,
  audit: (entry: AuditEntry) => Promise<void>,
  actorId: string | null,
  before: Commitment,
  expectedVersion: number,
  change: TrackedChange,
  fields: Prisma.CommitmentUncheckedUpdateManyInput = {},
  at: Date = new Date(),
): Promise<ApplyChangeResult> {
  if (before.version !== expectedVersion) throw new ConflictError(before);
  const statusChanged = change.status !== undefined && change.status !== before.status;
  const progressChanged = change.progress !== undefined && change.progress !== before.progress;
  const maturityChanged = change.maturity !== undefined && change.maturity !== before.maturity;
  const tracked = statusChanged || progressChanged || maturityChanged;
  const untracked = Object.keys(fields).length > 0;
  if (!tracked && !untracked) return { commitment: before, updateId: null };

  // The version in the WHERE closes the gap between the caller's read and this write.
  const { count } = await tx.commitment.updateMany({
    where: { id: before.id, version: expectedVersion },
    data: {
      ...fields,
      ...(statusChanged ? { status: change.status } : {}),
      ...(progressChanged ? { progress: change.progress } : {}),
      ...(maturityChanged ? { maturity: change.maturity } : {}),
      ...(tracked ? { lastUpdateAt: at } : {}),
      updatedBy: actorId,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new ConflictError(await tx.commitment.findUniqueOrThrow({ where: { id: before.id } }));
  const after = await tx.commitment.findUniqueOrThrow({ where: { id: before.id } });

  let updateId: string | null = null;
  if (tracked) {
    const update = await tx.commitmentUpdate.create({
      data: {
        commitmentId: before.id,
        at,
        authorId: actorId,
        note: change.note,
        notePublic: change.notePublic ?? false,
        source: change.source,
        ...(statusChanged ? { fromStatus: before.status, toStatus: after.status } : {}),
        ...(progressChanged ? { fromProgress: before.progress, toProgress: after.progress } : {}),
        ...(maturityChanged ? { fromMaturity: before.maturity, toMaturity: after.maturity } : {}),
      },
    });
    updateId = update.id;
  }
  // Text, owner, department, dates and links go into the history too, beside the tracked state.
  if (untracked) await recordFieldChanges(tx, { before, after, updateId, at, authorId: actorId, source: change.source, note: change.note });
  await audit({ action: "update", entity: "Commitment", entityId: before.id, before, after });
  return { commitment: after, updateId };
}
