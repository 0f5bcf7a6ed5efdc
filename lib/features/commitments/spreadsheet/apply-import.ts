import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { applyCommitmentChange } from "@/lib/features/commitments/apply-change";
import { AppError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/city/client";
import { derivedProgress } from "@/lib/features/action-plans/sync-commitments";
import { loadPlanState } from "./load-state";
import { planImport, type ImportPlan } from "./plan-import";
import type { StoredImport } from "./import-store";

/** The import has refused rows (or a row went stale since the preview): nothing was applied. */
export class ImportRefusedError extends AppError {
  constructor(plan: ImportPlan) {
    super("validation", "spreadsheet.apply.refused", { counts: plan.counts });
  }
}

/**
 * Applies an import all or nothing: one transaction re-checks every row against what is stored
 * now and refuses if any row is refused; each changed row then goes through
 * applyCommitmentChange (history + audit) with source "import", the row's note and the version
 * from the file. A commitment saved by someone else in the meantime makes the whole transaction
 * fail with a conflict, so nothing is half-applied.
 */
export async function applyImport(
  scope: CityScope,
  stored: Pick<StoredImport, "table">,
  opts: { defaultNote: string; now?: Date },
): Promise<{ applied: number; updates: number }> {
  const at = opts.now ?? new Date();
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const { state, commitments } = await loadPlanState(tx, scope.city.id);
    const plan = planImport(stored.table, state);
    if (!plan.applicable) throw new ImportRefusedError(plan);
    const byId = new Map(commitments.map((c) => [c.id, c]));
    let applied = 0;
    let updates = 0;
    for (const row of plan.rows) {
      if (row.outcome !== "change") continue;
      const before = byId.get(row.commitmentId!)!;
      const { status, maturity, ...fields } = row.apply;
      // Switched to "actions": progress becomes the actions' mean at once, as on the web form.
      const progress = fields.progressMode === "actions" ? ((await derivedProgress(tx, before.id)) ?? before.progress) : fields.progress;
      delete fields.progress;
      // departmentId is a relation scalar: valid for updateMany (the unchecked input), which
      // apply-change's narrower parameter type does not spell out.
      const result = await applyCommitmentChange(
        tx,
        audit,
        scope.actor.id,
        before,
        row.version!,
        { status, progress, maturity, note: row.note || opts.defaultNote, source: "import" },
        fields as Prisma.CommitmentUpdateManyMutationInput,
        at,
      );
      applied += 1;
      if (result.updateId) updates += 1;
    }
    return { applied, updates };
  });
}
