import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { IncompleteReportError } from "./completeness";
import { missingSections } from "./policy";
import type { TReportRef } from "./schema";

/**
 * Submits a complete draft (or a report in consultation) for approval: who asked and when. With
 * the city's four-eyes setting (lib/features/city-settings/four-eyes.ts) someone else then records
 * the decision. Any change to the text withdraws the request (policy.ts, withdrawSubmission).
 */
export async function requestReportApproval(scope: CityScope, input: TReportRef): Promise<{ version: number }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.annualReport.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError({ version: before.version, status: before.status });
    if (before.status !== "draft" && before.status !== "consultation") throw new ValidationError({ to: ["reports.validation.transitionInvalid"] });
    if (!before.generated) throw new ValidationError({ to: ["reports.validation.notGenerated"] });
    if (before.submittedAt) throw new ValidationError({ to: ["reports.validation.alreadyRequested"] });
    const sections = await tx.reportSection.findMany({ where: { reportId: before.id }, select: { topic: true, kind: true, locale: true, content: true } });
    const missing = missingSections(before, sections);
    if (missing.length) throw new IncompleteReportError(missing);
    const now = new Date();
    const updated = await tx.annualReport.update({
      where: { id: before.id, version: input.version },
      data: { submittedAt: now, submittedBy: scope.actor.id, version: { increment: 1 }, updatedBy: scope.actor.id },
    });
    await audit({ action: "approval:requested", entity: "AnnualReport", entityId: before.id, after: { submittedAt: now, submittedBy: scope.actor.id } });
    return { version: updated.version };
  });
}
