/**
 * The report's lifecycle: draft → consultation → approved → published. A report in consultation or
 * approved can go back to draft (to change it); publishing is final and freezes the whole report
 * (./report-view.ts) into AnnualReport.published. Every move is a ReportTransition (who, when, note).
 * Approving records the decision (body, day, reference) and who recorded it; it needs a complete
 * report (./policy.ts, missingSections) and, with the city's four-eyes setting, a request for
 * approval by someone else (./request-approval.ts).
 * Publishing a report that names commitments the city has not made public needs the officer's
 * decision for exactly those (./report-disclosure.ts); the decision is in the audit log.
 */
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/city/client";
import { fourEyesApproval } from "@/lib/features/city-settings/four-eyes";
import { IncompleteReportError } from "./completeness";
import { fourEyesRefusal, missingSections } from "./policy";
import { confirmsExactly, undisclosedCommitments, withholdCommitments } from "./report-disclosure";
import { buildReportView } from "./report-view";
import { ZReportDecision, type ReportStatusValue, type TReportTransition } from "./schema";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

export const NEXT_STATUSES: Record<ReportStatusValue, readonly ReportStatusValue[]> = {
  draft: ["consultation", "approved"],
  consultation: ["draft", "approved"],
  approved: ["draft", "published"],
  published: [],
};

export async function transitionReport(
  scope: CityScope,
  input: TReportTransition,
  now = new Date(),
): Promise<{ status: ReportStatusValue; version: number; year: number }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.annualReport.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError({ version: before.version, status: before.status });
    if (!NEXT_STATUSES[before.status].includes(input.to)) throw new ValidationError({ to: ["reports.validation.transitionInvalid"] });
    if (input.to === "approved" && !before.generated) throw new ValidationError({ to: ["reports.validation.notGenerated"] });

    const data: Prisma.AnnualReportUpdateInput = { status: input.to, version: { increment: 1 }, updatedBy: scope.actor.id };
    let decision: ReturnType<typeof ZReportDecision.parse> | undefined;
    if (input.to === "approved") {
      const parsed = ZReportDecision.safeParse(input.decision);
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) (fieldErrors[["decision", ...issue.path].join(".")] ??= []).push(issue.message);
        throw new ValidationError(fieldErrors);
      }
      decision = parsed.data;
      const sections = await tx.reportSection.findMany({ where: { reportId: before.id }, select: { topic: true, kind: true, locale: true, content: true } });
      const missing = missingSections(before, sections);
      if (missing.length) throw new IncompleteReportError(missing);
      const refusal = fourEyesRefusal(await fourEyesApproval(scope.city.id), before.submittedBy, scope.actor.id);
      if (refusal) throw new AppError("forbidden", refusal);
      Object.assign(data, {
        approvedAt: now,
        approvedBy: scope.actor.id,
        approvalNote: input.note,
        decisionBody: decision.body,
        decisionBodyName: decision.body === "other" ? decision.bodyName : "",
        decisionOn: day(decision.decidedOn),
        decisionRef: decision.reference,
      });
    }
    if (input.to === "consultation") Object.assign(data, { consultationAt: now, submittedAt: null, submittedBy: null });
    if (input.to === "draft")
      Object.assign(data, {
        approvedAt: null,
        approvedBy: null,
        approvalNote: "",
        decisionBody: null,
        decisionBodyName: "",
        decisionOn: null,
        decisionRef: "",
        submittedAt: null,
        submittedBy: null,
      });
    let disclosure: { decision: string; commitments: string[] } | undefined;
    if (input.to === "published") {
      let view = await buildReportView(tx, before.id);
      // Nothing the city has not made public is published without the officer deciding on exactly that list.
      const undisclosed = await undisclosedCommitments(tx, view);
      if (undisclosed.length) {
        if (!input.disclosure) throw new ValidationError({ disclosure: ["reports.validation.disclosureRequired"] }, "reports.validation.disclosureRequired");
        if (!confirmsExactly(input.disclosure.commitments, undisclosed)) throw new ConflictError({ undisclosed }, "reports.validation.disclosureChanged");
        if (input.disclosure.decision === "omit") view = withholdCommitments(view, undisclosed);
        disclosure = { decision: input.disclosure.decision, commitments: undisclosed.map((u) => u.label) };
      }
      const frozen = { ...view, status: "published" as const, publishedAt: now.toISOString() };
      Object.assign(data, { publishedAt: now, publishedBy: scope.actor.id, published: frozen as unknown as Prisma.InputJsonValue });
    }
    const updated = await tx.annualReport.update({ where: { id: before.id, version: input.version }, data });
    await tx.reportTransition.create({
      data: { reportId: before.id, fromStatus: before.status, toStatus: input.to, at: now, byId: scope.actor.id, note: input.note },
    });
    await audit({
      action: `status:${input.to}`,
      entity: "AnnualReport",
      entityId: before.id,
      before: { status: before.status },
      after: { status: updated.status, note: input.note, disclosure, decision, submittedBy: decision ? before.submittedBy : undefined },
    });
    return { status: updated.status, version: updated.version, year: updated.year };
  });
}
