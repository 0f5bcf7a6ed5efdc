/**
 * What the report will contain, decided on purpose: the languages it is published in, and the
 * narrative sections left out. Both are part of the report and change only while it is written;
 * a change withdraws a request for approval.
 */
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { ConflictError, ValidationError } from "@/lib/kernel/errors";
import { editableReport, slotKey } from "./policy";
import type { TReportLanguages, TSectionOmit } from "./schema";
import { isSlot, sectionSlots } from "./topics";

/**
 * The languages to publish the report in, in the order given (the first is the main one). Only
 * the city's languages; sections written in a language left out stay stored and come back with it.
 */
export async function setReportLanguages(scope: CityScope, input: TReportLanguages): Promise<{ version: number; locales: string[] }> {
  const locales = [...new Set(input.locales)];
  if (locales.some((l) => !scope.city.locales.includes(l))) throw new ValidationError({ locales: ["reports.validation.localeInvalid"] });
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await editableReport(tx, input.id);
    if (before.version !== input.version) throw new ConflictError({ version: before.version, locales: before.locales });
    const updated = await tx.annualReport.update({
      where: { id: before.id, version: input.version },
      data: { locales, submittedAt: null, submittedBy: null, version: { increment: 1 }, updatedBy: scope.actor.id },
    });
    await audit({ action: "update", entity: "AnnualReport", entityId: before.id, before: { locales: before.locales }, after: { locales } });
    return { version: updated.version, locales: updated.locales };
  });
}

/** Leaves a narrative section out of the report (in every language), or takes it back in. */
export async function setSectionOmitted(scope: CityScope, input: TSectionOmit): Promise<{ version: number; omittedSections: string[] }> {
  if (!isSlot(input.topic, input.kind)) throw new ValidationError({ kind: ["reports.validation.invalid"] });
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await editableReport(tx, input.id);
    if (before.version !== input.version) throw new ConflictError({ version: before.version, omittedSections: before.omittedSections });
    const key = slotKey(input.topic, input.kind);
    const wanted = new Set(before.omittedSections.filter((k) => k !== key));
    if (input.omitted) wanted.add(key);
    // Kept in reading order, so the audit log and the page list them as the report does.
    const omittedSections = sectionSlots()
      .map((s) => slotKey(s.topic, s.kind))
      .filter((k) => wanted.has(k));
    const updated = await tx.annualReport.update({
      where: { id: before.id, version: input.version },
      data: { omittedSections, submittedAt: null, submittedBy: null, version: { increment: 1 }, updatedBy: scope.actor.id },
    });
    await audit({
      action: "update",
      entity: "AnnualReport",
      entityId: before.id,
      before: { omittedSections: before.omittedSections },
      after: { omittedSections },
    });
    return { version: updated.version, omittedSections };
  });
}
