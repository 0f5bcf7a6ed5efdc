import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { applyActionChange } from "@/lib/features/action-plans/apply-action-change";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { AppError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/city/client";
import { reviseMeasurement } from "@/lib/features/indicators/save-measurement";
import type { RawTable } from "@/lib/features/commitments/spreadsheet/columns";
import type { PlanImportKind, PreviewCounts } from "./import-types";
import { loadActionState, loadMeasurementState } from "./load-plan-data";
import { requirePlan } from "./plan-summary";
import { planActionImport } from "./plan-action-import";
import { planMeasurementImport } from "./plan-measurement-import";

/** Refused rows (or a row that went stale since the preview): nothing was applied. */
export class PlanImportRefusedError extends AppError {
  constructor(counts: PreviewCounts) {
    super("validation", "planData.apply.refused", { counts });
  }
}

export interface ApplyResult {
  created: number;
  changed: number;
}

/**
 * Applies a measurements sheet all or nothing: one transaction re-plans every row against what is
 * stored now and refuses if any row is refused. New periods become measurements (source
 * "import"); corrections go through reviseMeasurement, as the form's do (the earlier value kept as a
 * MeasurementRevision, then the update from the version in the file — a measurement corrected by
 * someone else meanwhile fails the whole transaction).
 */
export async function applyMeasurementImport(
  scope: CityScope,
  planId: string,
  table: RawTable<string>,
  opts: { defaultReason: string; now?: Date },
): Promise<ApplyResult> {
  const at = opts.now ?? new Date();
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await requirePlan(tx, planId);
    const plan = planMeasurementImport(table, await loadMeasurementState(tx, planId));
    if (!plan.applicable) throw new PlanImportRefusedError(plan.counts);
    const result: ApplyResult = { created: 0, changed: 0 };
    for (const row of plan.rows) {
      if (!row.apply || (row.outcome !== "new" && row.outcome !== "change")) continue;
      if (row.outcome === "new") {
        const created = await tx.measurement.create({
          data: {
            indicatorId: row.indicatorId!,
            period: row.apply.period,
            periodStart: new Date(`${row.apply.periodStart}T00:00:00Z`),
            value: row.apply.value,
            breakdown: row.apply.breakdown as Prisma.InputJsonValue,
            sourceNote: row.apply.sourceNote,
            source: "import",
            createdBy: scope.actor.id,
            updatedBy: scope.actor.id,
            createdAt: at,
          },
        });
        await audit({ action: "create", entity: "Measurement", entityId: created.id, after: created });
        result.created += 1;
        continue;
      }
      const before = await tx.measurement.findUniqueOrThrow({ where: { id: row.measurementId! } });
      await reviseMeasurement(tx, audit, scope.actor.id, before, {
        version: row.version!,
        value: row.apply.value,
        breakdown: row.apply.breakdown as Prisma.InputJsonValue,
        sourceNote: row.apply.sourceNote,
        reason: row.note || opts.defaultReason,
        source: "import",
        at,
      });
      result.changed += 1;
    }
    return result;
  });
}

/**
 * Applies an action-updates sheet all or nothing, every changed row through applyActionChange
 * (lib/features/action-plans), the function the web form uses: the version check, the ActionUpdate in the
 * action's history (source "import", with the row's note), linked commitments' progress and the
 * audit entry all happen the same way, in this one transaction.
 */
export async function applyActionImport(
  scope: CityScope,
  planId: string,
  table: RawTable<string>,
  opts: { defaultNote: string; now?: Date },
): Promise<ApplyResult> {
  const at = opts.now ?? new Date();
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await requirePlan(tx, planId);
    const { rows, state } = await loadActionState(tx, planId);
    const plan = planActionImport(table, state);
    if (!plan.applicable) throw new PlanImportRefusedError(plan.counts);
    const byId = new Map(rows.map((a) => [a.id, a]));
    let changed = 0;
    for (const row of plan.rows) {
      if (row.outcome !== "change") continue;
      const { objective: _objective, ...before } = byId.get(row.actionId!)!;
      const { budgetSpent, ...tracked } = row.apply;
      await applyActionChange(
        tx,
        audit,
        scope.actor.id,
        before,
        row.version!,
        { ...tracked, note: row.note || opts.defaultNote, source: "import" },
        budgetSpent === undefined ? {} : { budgetSpent: budgetSpent === "" ? null : budgetSpent },
        at,
      );
      changed += 1;
    }
    return { created: 0, changed };
  });
}

export function applyPlanImport(kind: PlanImportKind, scope: CityScope, planId: string, table: RawTable<string>, defaultNote: string): Promise<ApplyResult> {
  return kind === "measurements"
    ? applyMeasurementImport(scope, planId, table, { defaultReason: defaultNote })
    : applyActionImport(scope, planId, table, { defaultNote });
}
