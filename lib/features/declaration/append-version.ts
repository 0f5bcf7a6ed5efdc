import type { AuditEntry, CityTx } from "@/lib/kernel/records/audited";
import { ConflictError } from "@/lib/kernel/errors";
import type { Declaration, Prisma } from "@/lib/generated/city/client";
import type { DeclarationDoc } from "./document-schema";
import { anchorIds } from "./sanitize-document";

export interface AppendOptions {
  changeNote: string;
  restoredFromNumber?: number;
  mergedBaseNumber?: number;
  /** Other fields of the declaration changed with this save (the title). */
  fields?: Prisma.DeclarationUpdateManyMutationInput;
}

/**
 * Writes the next version of a declaration and moves its current version on — the one way text is
 * stored. The declaration row is updated with `where: { id, version }`, so of two saves racing
 * from the same state exactly one wins; the other gets a ConflictError and its caller starts over.
 * Comments whose anchor left the text are marked orphaned (and un-marked if it comes back).
 */
export async function appendVersion(
  tx: CityTx,
  audit: (e: AuditEntry) => Promise<void>,
  actorId: string,
  declaration: Declaration,
  content: DeclarationDoc,
  opts: AppendOptions,
): Promise<{ declaration: Declaration; number: number }> {
  const number = declaration.currentVersion + 1;
  const moved = await tx.declaration.updateMany({
    where: { id: declaration.id, version: declaration.version },
    data: { ...opts.fields, currentVersion: number, version: { increment: 1 }, updatedBy: actorId },
  });
  if (moved.count !== 1) throw new ConflictError(null);
  const version = await tx.declarationVersion.create({
    data: {
      declarationId: declaration.id,
      number,
      content: content as unknown as Prisma.InputJsonValue,
      changeNote: opts.changeNote,
      restoredFromNumber: opts.restoredFromNumber ?? null,
      mergedBaseNumber: opts.mergedBaseNumber ?? null,
      createdBy: actorId,
    },
  });

  const anchors = [...anchorIds(content)];
  await tx.declarationComment.updateMany({
    where: { declarationId: declaration.id, anchorId: { not: null, notIn: anchors }, orphanedAt: null },
    data: { orphanedAt: new Date() },
  });
  if (anchors.length) {
    await tx.declarationComment.updateMany({
      where: { declarationId: declaration.id, anchorId: { in: anchors }, orphanedAt: { not: null } },
      data: { orphanedAt: null },
    });
  }

  const after = await tx.declaration.findUniqueOrThrow({ where: { id: declaration.id } });
  await audit({
    action: "update",
    entity: "DeclarationVersion",
    entityId: version.id,
    before: { declarationId: declaration.id, currentVersion: declaration.currentVersion, title: declaration.title },
    after: {
      declarationId: declaration.id,
      currentVersion: number,
      title: after.title,
      changeNote: opts.changeNote,
      restoredFromNumber: opts.restoredFromNumber,
      mergedBaseNumber: opts.mergedBaseNumber,
    },
  });
  return { declaration: after, number };
}
