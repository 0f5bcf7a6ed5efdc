import type { CityTx } from "@/lib/kernel/records/audited";
import { NotFoundError, ValidationError } from "@/lib/kernel/errors";

/**
 * Narrative sections, recommendations and evaluations are written while the report is a draft or
 * in consultation; an approved report is fixed (it goes back to draft to change it), a published
 * one for good.
 */
export async function editableReport(tx: CityTx, reportId: string) {
  const report = await tx.annualReport.findUnique({ where: { id: reportId } });
  if (!report) throw new NotFoundError();
  if (report.status !== "draft" && report.status !== "consultation") throw new ValidationError({ status: ["reports.validation.notEditable"] });
  return report;
}
