/**
 * Recommendations are records: made in one year's report (text, topic, addressee department) and
 * evaluated in later reports as implemented fully, partly or not, with a note. The latest outcome
 * is kept on the recommendation so lists need no join over every evaluation.
 */
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { editableReport, withdrawSubmission } from "./policy";
import type { TEvaluationSave, TRecommendationAdd } from "./schema";
import { REPORT_WIDE, isReportTopic } from "./topics";

export async function addRecommendation(scope: CityScope, input: TRecommendationAdd): Promise<{ id: string }> {
  if (input.topic !== REPORT_WIDE && !isReportTopic(input.topic)) throw new ValidationError({ topic: ["reports.validation.invalid"] });
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const report = await editableReport(tx, input.reportId);
    const departmentId = input.departmentId || null;
    if (departmentId && !(await tx.department.findUnique({ where: { id: departmentId }, select: { id: true } }))) {
      throw new ValidationError({ departmentId: ["reports.validation.departmentUnknown"] });
    }
    const position = await tx.recommendation.count({ where: { reportId: report.id } });
    const row = await tx.recommendation.create({
      data: {
        reportId: report.id,
        yearMade: report.year,
        topic: input.topic,
        text: input.text,
        departmentId,
        position,
        createdBy: scope.actor.id,
        updatedBy: scope.actor.id,
      },
    });
    await audit({ action: "create", entity: "Recommendation", entityId: row.id, after: row });
    await withdrawSubmission(tx, report, scope.actor.id);
    return { id: row.id };
  });
}

/** Removes a recommendation from the report it was made in, while that report is still being written and nobody has evaluated it. */
export async function deleteRecommendation(scope: CityScope, input: { id: string; version: number }): Promise<void> {
  await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.recommendation.findUnique({ where: { id: input.id }, include: { _count: { select: { evaluations: true } } } });
    if (!before) throw new NotFoundError();
    const report = await editableReport(tx, before.reportId);
    if (before.version !== input.version) throw new ConflictError(before);
    if (before._count.evaluations > 0) throw new ValidationError({ id: ["reports.validation.recommendationEvaluated"] });
    await tx.recommendation.delete({ where: { id: input.id, version: input.version } });
    await audit({ action: "delete", entity: "Recommendation", entityId: before.id, before });
    await withdrawSubmission(tx, report, scope.actor.id);
  });
}

/** Records (or changes) this report's verdict on a recommendation made in an earlier year. */
export async function saveEvaluation(scope: CityScope, input: TEvaluationSave): Promise<{ id: string; version: number }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const report = await editableReport(tx, input.reportId);
    const rec = await tx.recommendation.findUnique({ where: { id: input.recommendationId } });
    if (!rec) throw new NotFoundError();
    if (rec.yearMade >= report.year) throw new ValidationError({ recommendationId: ["reports.validation.notEarlier"] });
    const key = { recommendationId_reportId: { recommendationId: rec.id, reportId: report.id } };
    const before = await tx.recommendationEvaluation.findUnique({ where: key });
    if ((before?.version ?? 0) !== input.version) throw new ConflictError(before);
    const row = before
      ? await tx.recommendationEvaluation.update({
          where: { id: before.id, version: input.version },
          data: { outcome: input.outcome, note: input.note, version: { increment: 1 }, updatedBy: scope.actor.id },
        })
      : await tx.recommendationEvaluation.create({
          data: {
            recommendationId: rec.id,
            reportId: report.id,
            year: report.year,
            outcome: input.outcome,
            note: input.note,
            createdBy: scope.actor.id,
            updatedBy: scope.actor.id,
          },
        });
    // The latest outcome is the one of the newest report that evaluated it.
    const latest = await tx.recommendationEvaluation.findFirst({ where: { recommendationId: rec.id }, orderBy: { year: "desc" } });
    if (latest && rec.latestOutcome !== latest.outcome) {
      await tx.recommendation.update({ where: { id: rec.id }, data: { latestOutcome: latest.outcome, version: { increment: 1 }, updatedBy: scope.actor.id } });
    }
    await audit({ action: before ? "update" : "create", entity: "RecommendationEvaluation", entityId: row.id, before, after: row });
    await withdrawSubmission(tx, report, scope.actor.id);
    return { id: row.id, version: row.version };
  });
}
