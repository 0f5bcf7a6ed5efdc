import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/city/client";
import { checkReferences } from "@/lib/kernel/records/check-references";
import { derivedProgress } from "@/lib/features/action-plans/sync-commitments";
import { applyCommitmentChange } from "./apply-change";
import { dateOnly, type CommitmentRecord } from "./records";
import { recordWithEditor } from "./get-commitment";
import { trackedChanged, type TCommitmentEdit } from "./schema";
import { statusContradiction } from "./status-consistency";

export interface UpdateCommitmentResult {
  commitment: CommitmentRecord;
  /** The history entry written for a change of status, progress or maturity; null otherwise. */
  updateId: string | null;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const numbers = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
const toDate = (s: string) => (s === "" ? null : new Date(`${s}T00:00:00Z`));

type Before = NonNullable<Awaited<ReturnType<CityTx["commitment"]["findUnique"]>>>;

/** The untracked fields that differ from what is stored: only those are written. */
function changedFields(before: Before, input: TCommitmentEdit): Prisma.CommitmentUncheckedUpdateManyInput {
  const fields: Prisma.CommitmentUncheckedUpdateManyInput = {};
  // A framework element's commitment carries the element's name; only the city's own are renamed.
  if (before.elementKey === null && input.title !== before.title) fields.title = input.title;
  if (input.text !== before.text) fields.text = input.text;
  const ownerId = input.ownerId || null;
  if (ownerId !== before.ownerId) fields.ownerId = ownerId;
  const departmentId = input.departmentId || null;
  if (departmentId !== before.departmentId) fields.departmentId = departmentId;
  if ((input.startDate || null) !== dateOnly(before.startDate)) fields.startDate = toDate(input.startDate);
  if ((input.targetDate || null) !== dateOnly(before.targetDate)) fields.targetDate = toDate(input.targetDate);
  for (const key of ["charterArticles", "udhrArticles", "sdgs"] as const) {
    const next = numbers(input[key]);
    if (!sameList(next, numbers(before[key]))) fields[key] = next;
  }
  const groups = [...new Set(input.groups)].sort();
  if (!sameList(groups, [...before.groups].sort())) fields.groups = groups;
  if (input.isPublic !== undefined && input.isPublic !== before.isPublic) fields.isPublic = input.isPublic;
  if (input.progressMode !== undefined && input.progressMode !== before.progressMode) fields.progressMode = input.progressMode;
  return fields;
}

/**
 * Saves an edit of one commitment through applyCommitmentChange, so a change of status, progress
 * or maturity becomes an update in its history (with the note) and everything is audited. A
 * stale `version` is refused with a ConflictError carrying the stored record, so the form can
 * show field by field what the other person changed instead of overwriting it.
 */
export async function updateCommitment(scope: CityScope, input: TCommitmentEdit): Promise<UpdateCommitmentResult> {
  try {
    const result = await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
      const before = await tx.commitment.findUnique({ where: { id: input.id } });
      if (!before) throw new NotFoundError();
      if (before.version !== input.version) throw new ConflictError(before);

      // Progress derived from actions is not typed in by hand: switching to "actions" takes their
      // mean at once (or keeps the figure while no action counts).
      const mode = input.progressMode ?? before.progressMode;
      const derived = mode === "actions" ? await derivedProgress(tx, before.id) : null;
      const progress = mode === "manual" ? input.progress : (derived ?? before.progress);
      const next = { status: input.status, progress, maturity: input.maturity };
      // A derived figure needs no note of its own; the history marks where it came from.
      const typed = { ...next, progress: mode === "manual" ? progress : before.progress };
      if (trackedChanged(before, typed) && input.note.trim() === "") {
        throw new ValidationError({ note: ["commitments.validation.noteRequired"] });
      }
      // "Not started" at 60% (or 100% and not in place) says two things at once: a save that sets
      // such a pair needs the officer's explicit choice, which is recorded. A save that leaves an
      // earlier pair as it was (a text edit) does not ask again; publishing does.
      const pairChanged = next.status !== before.status || next.progress !== before.progress;
      const clash = pairChanged ? statusContradiction(next.status, next.progress) : null;
      if (clash && !input.keepStatus) throw new ValidationError({ keepStatus: ["commitments.validation.statusContradicts"] });
      const fields = changedFields(before, input);
      await checkReferences(tx, scope.city.id, fields);
      if (clash) {
        await audit({
          action: "keep_status",
          entity: "Commitment",
          entityId: before.id,
          after: { status: next.status, progress: next.progress, suggested: clash.suggested, rule: clash.rule },
        });
      }
      return applyCommitmentChange(
        tx,
        audit,
        scope.actor.id,
        before,
        input.version,
        { ...next, note: input.note.trim(), notePublic: input.notePublic ?? false, source: "web" },
        fields,
      );
    });
    return { commitment: await recordWithEditor(result.commitment), updateId: result.updateId };
  } catch (err) {
    // Conflicts carry the raw row from inside the transaction; the form needs the record.
    const current = err instanceof ConflictError ? err.details?.current : undefined;
    if (current && typeof current === "object" && "createdAt" in current) {
      throw new ConflictError(await recordWithEditor(current as Before));
    }
    throw err;
  }
}
