import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { putStoredFile, storedFileMeta } from "@/lib/kernel/storage/stored-files";
import { MIME_TYPES, type DocumentFormat } from "./keys";
import { failureOf, type FileOutcome } from "./outcome";
import type { Locale } from "@/lib/kernel/i18n/locales";

/**
 * Makes one file of a published document (unless `onlyMissing` finds it stored) and stores it
 * under its key with an audit entry. Making it happens outside the transaction: printing takes
 * seconds and must not hold a database connection.
 */
export async function storeDocumentFile(
  db: CityDb,
  file: { key: string; name: string; format: DocumentFormat; locale: Locale; make: () => Promise<Uint8Array> },
  opts: { onlyMissing: boolean; actorId: string | null },
): Promise<FileOutcome> {
  const { format, locale } = file;
  if (opts.onlyMissing && (await storedFileMeta(db, { key: file.key }))) return { format, locale, result: "already_stored" };
  let bytes: Uint8Array;
  try {
    bytes = await file.make();
  } catch (err) {
    return { format, locale, result: "failed", reason: failureOf(err, { key: file.key }) };
  }
  await auditedTransaction(db, opts.actorId, async (tx, audit) => {
    const stored = await putStoredFile(tx, {
      purpose: "document",
      key: file.key,
      name: file.name,
      mimeType: MIME_TYPES[format],
      bytes,
      createdBy: opts.actorId,
    });
    await audit({ action: "store", entity: "StoredFile", entityId: stored.id, after: { key: stored.key, size: stored.size, sha256: stored.sha256 } });
  });
  return { format, locale, result: "made" };
}
