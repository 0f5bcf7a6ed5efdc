import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { ConflictError, ValidationError } from "@/lib/kernel/errors";
import { editableReport, withdrawSubmission } from "./policy";
import type { TSectionSave } from "./schema";
import { isSlot } from "./topics";

export interface SavedSection {
  id: string;
  topic: string;
  kind: string;
  locale: string;
  content: string;
  version: number;
  updatedAt: Date;
}

const pick = (s: SavedSection): SavedSection => ({
  id: s.id,
  topic: s.topic,
  kind: s.kind,
  locale: s.locale,
  content: s.content,
  version: s.version,
  updatedAt: s.updatedAt,
});

/**
 * Saves one narrative section in one language. `version` is what the writer started from (0 for a
 * section not written yet); someone else's save in between is a ConflictError carrying the stored
 * section, so the form shows it instead of overwriting it.
 */
export async function saveSection(scope: CityScope, input: TSectionSave): Promise<SavedSection> {
  if (!isSlot(input.topic, input.kind)) throw new ValidationError({ kind: ["reports.validation.invalid"] });
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const report = await editableReport(tx, input.reportId);
    if (!report.locales.includes(input.locale)) throw new ValidationError({ locale: ["reports.validation.localeInvalid"] });
    const key = { reportId_topic_kind_locale: { reportId: input.reportId, topic: input.topic, kind: input.kind, locale: input.locale } };
    const before = await tx.reportSection.findUnique({ where: key });
    if ((before?.version ?? 0) !== input.version) throw new ConflictError(before ? pick(before) : null);
    if (!before) {
      const row = await tx.reportSection.create({
        data: {
          reportId: input.reportId,
          topic: input.topic,
          kind: input.kind,
          locale: input.locale,
          content: input.content,
          createdBy: scope.actor.id,
          updatedBy: scope.actor.id,
        },
      });
      await audit({ action: "create", entity: "ReportSection", entityId: row.id, after: pick(row) });
      await withdrawSubmission(tx, report, scope.actor.id);
      return pick(row);
    }
    if (before.content === input.content) return pick(before);
    const row = await tx.reportSection.update({
      where: { id: before.id, version: input.version },
      data: { content: input.content, version: { increment: 1 }, updatedBy: scope.actor.id },
    });
    await audit({ action: "update", entity: "ReportSection", entityId: row.id, before: pick(before), after: pick(row) });
    await withdrawSubmission(tx, report, scope.actor.id);
    return pick(row);
  });
}
