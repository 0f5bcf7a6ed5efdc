import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/city/client";
import { fourEyesApproval } from "@/lib/features/city-settings/four-eyes";
import { IncompleteDeclarationError } from "./completeness";
import type { DeclarationDoc } from "./document-schema";
import { canMove, mayRecordAdoption, missingPassages } from "./policy";
import type { TDeclarationTransition } from "./schema";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** The fields a move sets, and the details kept with it in the history. */
function effects(
  input: TDeclarationTransition,
  now: Date,
  currentVersion: number,
): { fields: Prisma.DeclarationUpdateManyMutationInput; details: Record<string, unknown> } {
  switch (input.to) {
    case "consultation":
      return {
        fields: {
          consultationOpensOn: day(input.consultationOpensOn),
          consultationClosesOn: day(input.consultationClosesOn),
          consultationOpenedNotifiedAt: null,
          consultationClosingNotifiedAt: null,
        },
        details: { consultationOpensOn: input.consultationOpensOn, consultationClosesOn: input.consultationClosesOn, versionNumber: currentVersion },
      };
    case "proposed":
      return { fields: { proposedAt: now }, details: { versionNumber: currentVersion } };
    case "draft":
      return { fields: { proposedAt: null }, details: {} };
    case "adopted": {
      const vote = { voteFor: input.voteFor, voteAgainst: input.voteAgainst, voteAbstain: input.voteAbstain };
      return {
        fields: { adoptedOn: day(input.adoptedOn), councilResolutionRef: input.councilResolutionRef, ...vote },
        // The adopted text is this version; it is frozen from now on.
        details: { adoptedOn: input.adoptedOn, councilResolutionRef: input.councilResolutionRef, ...vote, versionNumber: currentVersion },
      };
    }
    case "published":
      return { fields: { publishedAt: now }, details: { versionNumber: currentVersion } };
  }
}

/**
 * Moves the declaration one step through its lifecycle (policy.ts), records the move with who,
 * when and the details, and audits it. A stale version is a conflict; a move that the lifecycle
 * does not allow from the stored status is refused. Recording the adoption needs a text without
 * unwritten articles and, with the city's four-eyes setting, someone other than the proposer.
 * Publishing an amendment supersedes the declaration it amends.
 */
export async function transitionDeclaration(scope: CityScope, input: TDeclarationTransition) {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.declaration.findUnique({ where: { id: input.declarationId } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(before);
    if (!canMove(before.status, input.to)) throw new AppError("conflict", "declaration.errors.transitionNotAllowed");
    if (input.to === "proposed" && before.currentVersion < 1) throw new ValidationError({ to: ["declaration.validation.noText"] });
    if (input.to === "adopted") {
      const text = await tx.declarationVersion.findFirst({ where: { declarationId: before.id, number: before.currentVersion }, select: { content: true } });
      const missing = missingPassages((text?.content as DeclarationDoc | undefined) ?? null);
      if (missing.length) throw new IncompleteDeclarationError(missing, before.locale);
      const proposal = await tx.declarationTransition.findFirst({
        where: { declarationId: before.id, toStatus: "proposed" },
        orderBy: { at: "desc" },
        select: { byId: true },
      });
      if (!mayRecordAdoption(await fourEyesApproval(scope.city.id), proposal?.byId ?? null, scope.actor.id))
        throw new AppError("forbidden", "declaration.errors.adoptionSamePerson");
    }

    const now = new Date();
    const { fields, details } = effects(input, now, before.currentVersion);
    const moved = await tx.declaration.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...fields, status: input.to, version: { increment: 1 }, updatedBy: scope.actor.id },
    });
    if (moved.count !== 1) throw new ConflictError(before);
    const transition = await tx.declarationTransition.create({
      data: {
        declarationId: before.id,
        fromStatus: before.status,
        toStatus: input.to,
        at: now,
        byId: scope.actor.id,
        note: input.note,
        details: details as Prisma.InputJsonValue,
      },
    });
    if (input.to === "published" && before.amendsId) {
      await tx.declaration.update({ where: { id: before.amendsId }, data: { supersededAt: now, version: { increment: 1 }, updatedBy: scope.actor.id } });
      await audit({ action: "update", entity: "Declaration", entityId: before.amendsId, after: { supersededAt: now, supersededBy: before.id } });
    }
    const after = await tx.declaration.findUniqueOrThrow({ where: { id: before.id } });
    await audit({ action: "update", entity: "Declaration", entityId: before.id, before, after: { ...after, transitionId: transition.id } });
    return after;
  });
}
