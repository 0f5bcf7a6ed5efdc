/**
 * Creating a year's report and (re)generating its frozen record. The generated part is the record
 * as of 31 December of the year (./assemble-report.ts) and is stored in AnnualReport.generated:
 * later edits of the record do not change it. It is regenerated only when an officer asks, and
 * only while the report is a draft.
 */
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/city/client";
import { assembleReport, yearHasEnded } from "./assemble-report";
import { loadReportInputs } from "./load-report-inputs";
import type { GeneratedReport } from "./report-data";
import type { TReportCreate, TReportRef } from "./schema";

/** The record of `year` as it stood at year end. */
export async function generateReportData(db: CityDb, cityId: string, year: number, now = new Date()): Promise<GeneratedReport> {
  return assembleReport(await loadReportInputs(db, cityId, year, now));
}

const asJson = (g: GeneratedReport) => g as unknown as Prisma.InputJsonValue;

export async function createReport(scope: CityScope, input: TReportCreate): Promise<{ id: string }> {
  const locales = [...new Set(input.locales)];
  if (locales.some((l) => !scope.city.locales.includes(l))) throw new ValidationError({ locales: ["reports.validation.localeInvalid"] });
  const now = new Date();
  if (input.year > now.getUTCFullYear()) throw new ValidationError({ year: ["reports.validation.yearInFuture"] });
  // A report states the record at the end of its year; before that, only as an explicit interim report.
  if (!yearHasEnded(input.year, now) && !input.interim) throw new ValidationError({ year: ["reports.validation.yearNotEnded"] });
  // Generated before the transaction: reading the record takes the longest and needs no lock.
  const generated = await generateReportData(scope.db, scope.city.id, input.year);
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    if (await tx.annualReport.findUnique({ where: { year: input.year }, select: { id: true } })) {
      throw new ValidationError({ year: ["reports.validation.yearTaken"] });
    }
    const row = await tx.annualReport.create({
      data: {
        year: input.year,
        locales,
        generated: asJson(generated),
        generatedAt: new Date(generated.generatedAt),
        createdBy: scope.actor.id,
        updatedBy: scope.actor.id,
      },
    });
    await tx.reportTransition.create({ data: { reportId: row.id, fromStatus: null, toStatus: "draft", byId: scope.actor.id } });
    await audit({ action: "create", entity: "AnnualReport", entityId: row.id, after: { year: row.year, locales: row.locales, generatedAt: row.generatedAt } });
    return { id: row.id };
  });
}

/** Reads the record again (as of the same year end) into a draft report. */
export async function regenerateReport(scope: CityScope, input: TReportRef): Promise<{ version: number }> {
  const report = await scope.db.annualReport.findUnique({ where: { id: input.id }, select: { year: true } });
  if (!report) throw new NotFoundError();
  const generated = await generateReportData(scope.db, scope.city.id, report.year);
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.annualReport.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError({ version: before.version, status: before.status });
    if (before.status !== "draft") throw new ValidationError({ status: ["reports.validation.notDraft"] });
    const updated = await tx.annualReport.update({
      where: { id: input.id, version: input.version },
      data: { generated: asJson(generated), generatedAt: new Date(generated.generatedAt), version: { increment: 1 }, updatedBy: scope.actor.id },
    });
    await audit({
      action: "regenerate",
      entity: "AnnualReport",
      entityId: before.id,
      before: { generatedAt: before.generatedAt },
      after: { generatedAt: updated.generatedAt },
    });
    return { version: updated.version };
  });
}
