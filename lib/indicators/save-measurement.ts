import "server-only";
import { Prisma } from "@/lib/generated/city/client";
import { auditedTransaction } from "@/lib/city-data/audited";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { deleteVersioned } from "@/lib/action-plans/versioned";
import { parsePeriod } from "./periods";
import { breakdownJson, toMeasurementRecord, type MeasurementRecord } from "./records";
import type { IndicatorCtx } from "./save-indicator";
import type { TBreakdownRow, TMeasurementCorrect, TMeasurementCreate } from "./schema";

/** Disaggregated values only for the dimensions the indicator declares. */
function checkBreakdown(rows: readonly TBreakdownRow[], dimensions: readonly string[]): void {
  if (rows.some((r) => !dimensions.includes(r.dimension))) throw new ValidationError({ breakdown: ["indicators.validation.breakdownDimension"] });
}

/**
 * Records the value of one period. A period that already has a value is refused (it is
 * corrected instead, which keeps the earlier value): the form says so next to the field.
 */
export async function createMeasurement(ctx: IndicatorCtx, input: TMeasurementCreate, source: "web" | "import" = "web"): Promise<{ id: string }> {
  return auditedTransaction(ctx.db, ctx.actorId, async (tx, audit) => {
    const indicator = await tx.indicator.findUnique({ where: { id: input.indicatorId }, select: { frequency: true, dimensions: true } });
    if (!indicator) throw new NotFoundError();
    const period = parsePeriod(input.period, indicator.frequency);
    if (!period) throw new ValidationError({ period: [`indicators.validation.period_${indicator.frequency}`] });
    checkBreakdown(input.breakdown, indicator.dimensions);
    const periodStart = new Date(`${period.start}T00:00:00Z`);
    if (await tx.measurement.findUnique({ where: { indicatorId_periodStart: { indicatorId: input.indicatorId, periodStart } }, select: { id: true } })) {
      throw new ValidationError({ period: ["indicators.validation.periodTaken"] });
    }
    const row = await tx.measurement.create({
      data: {
        indicatorId: input.indicatorId,
        period: period.label,
        periodStart,
        value: input.value,
        breakdown: breakdownJson(input.breakdown) as Prisma.InputJsonValue,
        sourceNote: input.sourceNote,
        source,
        createdBy: ctx.actorId,
        updatedBy: ctx.actorId,
      },
    });
    await audit({ action: "create", entity: "Measurement", entityId: row.id, after: row });
    return { id: row.id };
  });
}

/**
 * Corrects a measurement. The values it had go to MeasurementRevision first (with who had entered
 * them, who corrects them and why), so a published figure that changes can always be traced.
 */
export async function correctMeasurement(ctx: IndicatorCtx, input: TMeasurementCorrect, source: "web" | "import" = "web"): Promise<MeasurementRecord> {
  return auditedTransaction(ctx.db, ctx.actorId, async (tx, audit) => {
    const before = await tx.measurement.findUnique({ where: { id: input.id }, include: { indicator: { select: { dimensions: true } } } });
    if (!before) throw new NotFoundError();
    const { indicator, ...row } = before;
    if (row.version !== input.version) throw new ConflictError(toMeasurementRecord(row));
    checkBreakdown(input.breakdown, indicator.dimensions);
    await tx.measurementRevision.create({
      data: {
        measurementId: row.id,
        value: row.value,
        breakdown: (row.breakdown ?? {}) as Prisma.InputJsonValue,
        sourceNote: row.sourceNote,
        enteredBy: row.updatedBy,
        enteredAt: row.updatedAt,
        changedBy: ctx.actorId,
        reason: input.reason,
        source,
      },
    });
    const { count } = await tx.measurement.updateMany({
      where: { id: row.id, version: input.version },
      data: {
        value: input.value,
        breakdown: breakdownJson(input.breakdown) as Prisma.InputJsonValue,
        sourceNote: input.sourceNote,
        source,
        updatedBy: ctx.actorId,
        version: { increment: 1 },
      },
    });
    const after = await tx.measurement.findUniqueOrThrow({ where: { id: row.id } });
    if (count === 0) throw new ConflictError(toMeasurementRecord(after));
    await audit({ action: "update", entity: "Measurement", entityId: row.id, before: row, after });
    return toMeasurementRecord(after);
  });
}

export async function deleteMeasurement(ctx: IndicatorCtx, input: { id: string; version: number }): Promise<{ id: string; indicatorId: string }> {
  return auditedTransaction(ctx.db, ctx.actorId, async (tx, audit) => {
    const row = await deleteVersioned({
      audit,
      entity: "Measurement",
      ...input,
      find: () => tx.measurement.findUnique({ where: { id: input.id } }),
      remove: () => tx.measurement.deleteMany({ where: input }),
      present: toMeasurementRecord,
    });
    return { id: row.id, indicatorId: row.indicatorId };
  });
}
