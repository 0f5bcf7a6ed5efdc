import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { ConflictError, NotFoundError } from "@/lib/kernel/errors";

/**
 * Chooses whether the consultation summary is shown with the declaration on the public pages
 * (it reaches them with the city's next publication, like everything public).
 */
export async function setSummaryPublished(scope: CityScope, input: { declarationId: string; version: number; published: boolean }, now = new Date()) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.declaration.findUnique({ where: { id: input.declarationId } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(before);
    const after = await tx.declaration.update({
      where: { id: before.id, version: input.version },
      data: { summaryPublishedAt: input.published ? now : null, version: { increment: 1 }, updatedBy: scope.actor.id },
    });
    await audit({
      action: input.published ? "publish_summary" : "unpublish_summary",
      entity: "Declaration",
      entityId: before.id,
      before: { summaryPublishedAt: before.summaryPublishedAt },
      after: { summaryPublishedAt: after.summaryPublishedAt },
    });
    return { id: after.id, version: after.version, summaryPublishedAt: after.summaryPublishedAt };
  });
}
