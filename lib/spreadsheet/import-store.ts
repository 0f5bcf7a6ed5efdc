import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { cityFilesDir } from "@/lib/storage/evidence-files";
import type { RawTable } from "./columns";

/**
 * An uploaded spreadsheet waits here between the preview and "apply", so the person does not
 * upload it twice: <data dir>/files/<city schema>/imports/<uuid>.json, beside the city's evidence
 * files. The path is built from the city of the request and a uuid (never from user input), so
 * an import of city B cannot be opened from city A; only the uploader may open it, and it expires
 * after an hour. Only the parsed rows are kept (bounded by the 2 MB upload and 2,000 rows).
 */
export const IMPORT_TTL_MS = 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

function importsDir(schemaName: string): string {
  return path.join(cityFilesDir(schemaName), "imports");
}

function fileOf(schemaName: string, id: string): string | null {
  return UUID.test(id) ? path.join(importsDir(schemaName), `${id}.json`) : null;
}

/** Removes this city's expired uploads; called on each new upload, so the folder stays small. */
async function sweep(dir: string, now: number): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > IMPORT_TTL_MS) await rm(file, { force: true });
  }
}

export async function saveImport(
  schemaName: string,
  data: Omit<StoredImport, "id" | "createdAt">,
  now = new Date(),
): Promise<StoredImport> {
  const dir = importsDir(schemaName);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await sweep(dir, now.getTime());
  const stored: StoredImport = { ...data, id: randomUUID(), createdAt: now.toISOString() };
  await writeFile(path.join(dir, `${stored.id}.json`), JSON.stringify(stored), { mode: 0o600, flag: "wx" });
  return stored;
}

/** The upload, if it exists in this city, belongs to `userId` and has not expired; else null. */
export async function loadImport(
  schemaName: string,
  ctx: { cityId: string; userId: string; scope?: string },
  id: string,
  now = new Date(),
): Promise<StoredImport | null> {
  const file = fileOf(schemaName, id);
  if (!file) return null;
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return null;
  const stored = JSON.parse(text) as StoredImport;
  if (stored.id !== id || stored.cityId !== ctx.cityId || stored.userId !== ctx.userId || stored.scope !== ctx.scope) return null;
  if (now.getTime() - Date.parse(stored.createdAt) > IMPORT_TTL_MS) {
    await rm(file, { force: true });
    return null;
  }
  return stored;
}

export async function deleteImport(schemaName: string, id: string): Promise<void> {
  const file = fileOf(schemaName, id);
  if (file) await rm(file, { force: true });
}
