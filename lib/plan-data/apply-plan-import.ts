import "server-only";
import { applyActionChange } from "@/lib/action-plans/apply-action-change";
import { auditedTransaction } from "@/lib/city-data/audited";
import type { CityDb } from "@/lib/db/city-clients";
import { AppError, ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/city/client";
import type { RawTable } from "@/lib/spreadsheet/columns";
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

interface Ctx {
  db: CityDb;
  actorId: string;
}

/**
 * Applies a measurements sheet all or nothing: one transaction re-plans every row against what is
 * stored now and refuses if any row is refused. New periods become measurements (source
 * "import"); corrections first keep the earlier value, breakdown and source note as a
 * MeasurementRevision (who had entered it, who corrects it, why), then update from the version in
 * the file — a measurement corrected by someone else meanwhile fails the whole transaction.
 */
export async function applyMeasurementImport(ctx: Ctx, planId: string, table: RawTable<string>, opts: { defaultReason: string; now?: Date }): Promise<ApplyResult> {
  const at = opts.now ?? new Date();
  return auditedTransaction(ctx.db, ctx.actorId, async (tx, audit) => {
    await requirePlan(tx, planId);
    const plan = planMeasurementImport(table, await loadMeasurementState(tx, planId));
    if (!plan.applicable) throw new PlanImportRefusedError(plan.counts);
    const result: ApplyResult = { created: 0, changed: 0 };
    for (const row of plan.rows) {
      if (!row.apply || (row.outcome !== "new" && row.outcome !== "change")) continue;
      const data = {
        value: row.apply.value,
        breakdown: row.apply.breakdown as Prisma.InputJsonValue,
        sourceNote: row.apply.sourceNote,
        source: "import",
        updatedBy: ctx.actorId,
      };
      if (row.outcome === "new") {
        const created = await tx.measurement.create({
          data: { ...data, indicatorId: row.indicatorId!, period: row.apply.period, periodStart: new Date(`${row.apply.periodStart}T00:00:00Z`), createdBy: ctx.actorId, createdAt: at },
        });
        await audit({ action: "create", entity: "Measurement", entityId: created.id, after: created });
        result.created += 1;
        continue;
      }
      const before = await tx.measurement.findUniqueOrThrow({ where: { id: row.measurementId! } });
      await tx.measurementRevision.create({
        data: {
          measurementId: before.id,
          value: before.value,
          breakdown: (before.breakdown ?? {}) as Prisma.InputJsonValue,
          sourceNote: before.sourceNote,
          enteredBy: before.updatedBy ?? before.createdBy,
          enteredAt: before.updatedAt,
          changedBy: ctx.actorId,
          changedAt: at,
          reason: row.note || opts.defaultReason,
          source: "import",
        },
      });
      const { count } = await tx.measurement.updateMany({ where: { id: before.id, version: row.version! }, data: { ...data, version: { increment: 1 } } });
      const after = await tx.measurement.findUniqueOrThrow({ where: { id: before.id } });
      if (count === 0) throw new ConflictError(after);
      await audit({ action: "update", entity: "Measurement", entityId: before.id, before, after });
      result.changed += 1;
    }
    return result;
  });
}

/**
 * Applies an action-updates sheet all or nothing, every changed row through applyActionChange
 * (lib/action-plans), the function the web form uses: the version check, the ActionUpdate in the
 * action's history (source "import", with the row's note), linked commitments' progress and the
 * audit entry all happen the same way, in this one transaction.
 */
export async function applyActionImport(ctx: Ctx, planId: string, table: RawTable<string>, opts: { defaultNote: string; now?: Date }): Promise<ApplyResult> {
  const at = opts.now ?? new Date();
  return auditedTransaction(ctx.db, ctx.actorId, async (tx, audit) => {
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
        ctx.actorId,
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

export function applyPlanImport(kind: PlanImportKind, ctx: Ctx, planId: string, table: RawTable<string>, defaultNote: string): Promise<ApplyResult> {
  return kind === "measurements"
    ? applyMeasurementImport(ctx, planId, table, { defaultReason: defaultNote })
    : applyActionImport(ctx, planId, table, { defaultNote });
}
