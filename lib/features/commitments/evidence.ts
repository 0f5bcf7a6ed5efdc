import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { z } from "zod";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { checkEvidenceUpload } from "@/lib/kernel/storage/check-evidence-upload";
import { cleanFileName } from "@/lib/kernel/storage/file-name";
import { deleteStoredFile, putStoredFile, readStoredFile } from "@/lib/kernel/storage/stored-files";
import type { TEvidenceFile, TEvidenceLink } from "./evidence-schema";

async function requireCommitment(db: CityDb | CityTx, id: string) {
  const found = await db.commitment.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw new NotFoundError();
}

export async function addEvidenceLink(scope: CityScope, input: TEvidenceLink): Promise<{ id: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await requireCommitment(tx, input.commitmentId);
    const row = await tx.evidence.create({
      data: { commitmentId: input.commitmentId, kind: "link", title: input.title, url: input.url, createdBy: scope.actor.id },
    });
    await audit({ action: "create", entity: "Evidence", entityId: row.id, after: row });
    return { id: row.id };
  });
}

const FILE_PROBLEM_KEYS = {
  empty: "commitments.evidence.validation.fileEmpty",
  tooLarge: "commitments.evidence.validation.fileTooLarge",
  typeNotAllowed: "commitments.evidence.validation.fileType",
  contentMismatch: "commitments.evidence.validation.fileContent",
  archiveTooBig: "commitments.evidence.validation.fileArchive",
  busy: "commitments.evidence.validation.fileBusy",
} as const;

/**
 * Stores an uploaded file and records it in one transaction: the bytes (`StoredFile`, in the
 * city's own schema) and the evidence row that points at them exist together or not at all.
 */
export async function addEvidenceFile(scope: CityScope, input: TEvidenceFile): Promise<{ id: string }> {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const check = await checkEvidenceUpload(input.file.name, bytes);
  if (!check.ok) throw new ValidationError({ file: [FILE_PROBLEM_KEYS[check.problem]] });
  const fileName = cleanFileName(input.file.name);
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    await requireCommitment(tx, input.commitmentId);
    // Our MIME type for the recognised format, never the one the browser claimed.
    const file = await putStoredFile(tx, { purpose: "evidence", name: fileName, mimeType: check.type.mimeType, bytes, createdBy: scope.actor.id });
    const row = await tx.evidence.create({
      data: {
        commitmentId: input.commitmentId,
        kind: "file",
        title: input.title,
        fileName,
        mimeType: file.mimeType,
        size: file.size,
        fileId: file.id,
        createdBy: scope.actor.id,
      },
    });
    await audit({ action: "create", entity: "Evidence", entityId: row.id, after: row });
    return { id: row.id };
  });
}

/** Deletes a piece of evidence and its stored file in one transaction. */
export async function deleteEvidence(scope: CityScope, id: string): Promise<{ id: string; commitmentId: string }> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const row = await tx.evidence.findUnique({ where: { id } });
    if (!row) throw new NotFoundError();
    const { count } = await tx.evidence.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError();
    if (row.fileId) await deleteStoredFile(tx, { id: row.fileId });
    await audit({ action: "delete", entity: "Evidence", entityId: id, before: row });
    return { id: row.id, commitmentId: row.commitmentId };
  });
}

export interface EvidenceItem {
  id: string;
  kind: "link" | "file";
  title: string;
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  createdAt: Date;
  createdBy: string | null;
}

/** A commitment's evidence, newest first. */
export async function listEvidence(db: CityDb, commitmentId: string): Promise<EvidenceItem[]> {
  const rows = await db.evidence.findMany({
    where: { commitmentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, title: true, url: true, fileName: true, mimeType: true, size: true, createdAt: true, createdBy: true },
  });
  // Names stored before uploads were cleaned may still hold bidi controls: shown cleaned too.
  return rows.map((r) => ({ ...r, fileName: r.fileName === null ? null : cleanFileName(r.fileName) }));
}

/**
 * A stored file for download, looked up through this city's own client: an id of another
 * city's evidence simply finds nothing here (404).
 */
export async function openEvidenceDownload(db: CityDb, id: string): Promise<{ fileName: string; mimeType: string; size: number; bytes: Uint8Array }> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const row = await db.evidence.findUnique({ where: { id } });
  if (!row || row.kind !== "file" || !row.fileId) throw new NotFoundError();
  const file = await readStoredFile(db, { id: row.fileId });
  if (!file) throw new NotFoundError();
  return { fileName: row.fileName ?? file.name, mimeType: row.mimeType ?? file.mimeType, size: file.size, bytes: file.bytes };
}
