import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { cleanFileName } from "@/lib/kernel/storage/file-name";
import { deleteStoredFile, putStoredFile, readStoredFile, storedFileMeta, sweepExpiredFiles } from "@/lib/kernel/storage/stored-files";
import type { RawTable } from "./columns";

/**
 * An uploaded spreadsheet waits between the preview and "apply", so the person does not upload it
 * twice: a `StoredFile` of purpose `import` in the city's own schema, holding the parsed rows as
 * JSON (bounded by the 2 MB upload and 2,000 rows). It is read through the city's own client, so
 * an import of city B cannot be opened from city A; only the uploader may open it, only for the
 * purpose it was made for, and it expires after an hour (swept at the next upload).
 */
export const IMPORT_TTL_MS = 60 * 60 * 1000;

export interface StoredImport {
  id: string;
  cityId: string;
  userId: string;
  fileName: string;
  format: "csv" | "xlsx";
  createdAt: string;
  /**
   * What the upload is for when it is not the commitments sheet, e.g. "measurements:<plan id>":
   * an upload is only ever opened for the purpose it was made for.
   */
  scope?: string;
  table: RawTable<string>;
}

export async function saveImport(db: CityDb, data: Omit<StoredImport, "id" | "createdAt">, now = new Date()): Promise<StoredImport> {
  await sweepExpiredFiles(db, now);
  // Shown in the preview: without bidi controls, control characters or a path (file-name.ts).
  const body = { ...data, fileName: cleanFileName(data.fileName), createdAt: now.toISOString() };
  const meta = await putStoredFile(db, {
    purpose: "import",
    name: body.fileName,
    mimeType: "application/json",
    bytes: new TextEncoder().encode(JSON.stringify(body)),
    createdBy: data.userId,
    expiresAt: new Date(now.getTime() + IMPORT_TTL_MS),
  });
  return { ...body, id: meta.id };
}

/** The upload, if it exists in this city, belongs to `userId`, has this scope and has not expired; else null. */
export async function loadImport(
  db: CityDb,
  ctx: { cityId: string; userId: string; scope?: string },
  id: string,
  now = new Date(),
): Promise<StoredImport | null> {
  const file = await readStoredFile(db, { id });
  if (!file || file.purpose !== "import") return null;
  const stored = { ...(JSON.parse(new TextDecoder().decode(file.bytes)) as Omit<StoredImport, "id">), id };
  if (stored.cityId !== ctx.cityId || stored.userId !== ctx.userId || stored.scope !== ctx.scope) return null;
  if (now.getTime() - Date.parse(stored.createdAt) > IMPORT_TTL_MS) {
    await deleteStoredFile(db, { id });
    return null;
  }
  return stored;
}

/** Removes an upload; only ever an import, whatever id is passed. */
export async function deleteImport(db: CityDb, id: string): Promise<void> {
  const meta = await storedFileMeta(db, { id });
  if (meta?.purpose === "import") await deleteStoredFile(db, { id });
}
