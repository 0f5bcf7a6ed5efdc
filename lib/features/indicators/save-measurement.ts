import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { Prisma } from "@/lib/generated/city/client";
import { auditedTransaction, type AuditEntry, type CityTx } from "@/lib/kernel/records/audited";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { deleteVersioned } from "@/lib/kernel/records/versioned";
import { parsePeriod } from "./periods";
import { breakdownJson, toMeasurementRecord, type MeasurementRecord } from "./records";
import type { TBreakdownRow, TMeasurementCorrect, TMeasurementCreate } from "./schema";

/** Disaggregated values only for the dimensions the indicator declares. */
function checkBreakdown(rows: readonly TBreakdownRow[], dimensions: readonly string[]): void {
  if (rows.some((r) => !dimensions.includes(r.dimension))) throw new ValidationError({ breakdown: ["indicators.validation.breakdownDimension"] });
}

/**
 * Records the value of one period. A period that already has a value is refused (it is
 * corrected instead, which keeps the earlier value): the form says so next to the field.
 */
export async function createMeasurement(scope: CityScope, input: TMeasurementCreate, source: "web" | "import" = "web"): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
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
        createdBy: scope.actor.id,
        updatedBy: scope.actor.id,
      },
    });
    await audit({ action: "create", entity: "Measurement", entityId: row.id, after: row });
    return { id: row.id };
  });
}

type MeasurementRow = Prisma.MeasurementGetPayload<object>;

export interface MeasurementRevisionInput {
  /** The version the change was made from: someone else's save since then is a conflict. */
  version: number;
  value: string | number;
  breakdown: Prisma.InputJsonValue;
  sourceNote: string;
  reason: string;
  source: "web" | "import";
  at?: Date;
}

/**
 * Corrects a measurement inside a transaction: the values it had go to MeasurementRevision first
 * (who had entered them, who corrects them and why), so a published figure that changes can
 * always be traced; then the update, from `version` only. The form and the CSV import both come
 * through here.
 */
export async function reviseMeasurement(
  tx: CityTx,
  audit: (e: AuditEntry) => Promise<void>,
  actorId: string,
  before: MeasurementRow,
  change: MeasurementRevisionInput,
): Promise<MeasurementRow> {
  await tx.measurementRevision.create({
    data: {
      measurementId: before.id,
      value: before.value,
      breakdown: (before.breakdown ?? {}) as Prisma.InputJsonValue,
      sourceNote: before.sourceNote,
      enteredBy: before.updatedBy ?? before.createdBy,
      enteredAt: before.updatedAt,
      changedBy: actorId,
      ...(change.at ? { changedAt: change.at } : {}),
      reason: change.reason,
      source: change.source,
    },
  });
  const { count } = await tx.measurement.updateMany({
    where: { id: before.id, version: change.version },
    data: {
      value: change.value,
      breakdown: change.breakdown,
      sourceNote: change.sourceNote,
      source: change.source,
      updatedBy: actorId,
      version: { increment: 1 },
    },
  });
  const after = await tx.measurement.findUniqueOrThrow({ where: { id: before.id } });
  if (count === 0) throw new ConflictError(toMeasurementRecord(after));
  await audit({ action: "update", entity: "Measurement", entityId: before.id, before, after });
  return after;
}

/** Corrects a measurement from the form (see reviseMeasurement). */
export async function correctMeasurement(scope: CityScope, input: TMeasurementCorrect, source: "web" | "import" = "web"): Promise<MeasurementRecord> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.measurement.findUnique({ where: { id: input.id }, include: { indicator: { select: { dimensions: true } } } });
    if (!before) throw new NotFoundError();
    const { indicator, ...row } = before;
    if (row.version !== input.version) throw new ConflictError(toMeasurementRecord(row));
    checkBreakdown(input.breakdown, indicator.dimensions);
    const after = await reviseMeasurement(tx, audit, scope.actor.id, row, {
      version: input.version,
      value: input.value,
      breakdown: breakdownJson(input.breakdown) as Prisma.InputJsonValue,
      sourceNote: input.sourceNote,
      reason: input.reason,
      source,
    });
    return toMeasurementRecord(after);
  });
}

export async function deleteMeasurement(scope: CityScope, input: { id: string; version: number }): Promise<{ id: string; indicatorId: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
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
