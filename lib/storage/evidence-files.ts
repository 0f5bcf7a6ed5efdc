import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { log } from "@/lib/log";
import { assertSchemaName } from "@/lib/tenancy/schema-name";

/**
 * Evidence files on disk: `<data dir>/files/<city schema>/<uuid>`. The directory is the city's
 * schema name (checked against its pattern) and the file name a UUID Charta chose, so no name a
 * person typed or uploaded ever reaches a path, and one city's files never sit in another's folder.
 */
const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function dataDir(): string {
  return path.resolve(process.env.CHARTA_DATA_DIR ?? ".data");
}

export function cityFilesDir(schemaName: string): string {
  assertSchemaName(schemaName);
  return path.join(dataDir(), "files", schemaName);
}

export function evidenceFilePath(schemaName: string, storageKey: string): string {
  if (!STORAGE_KEY.test(storageKey)) throw new Error("invalid storage key");
  return path.join(cityFilesDir(schemaName), storageKey);
}

/** Writes the bytes under a new key. Written to a temporary name first, so a crash never leaves half a file under a real key. */
export async function storeEvidenceFile(schemaName: string, bytes: Uint8Array): Promise<string> {
  const key = randomUUID();
  const dir = cityFilesDir(schemaName);
  await mkdir(dir, { recursive: true, mode: 0o750 });
  const target = evidenceFilePath(schemaName, key);
  const tmp = `${target}.part`;
  await writeFile(tmp, bytes, { mode: 0o640, flag: "wx" });
  await rename(tmp, target);
  return key;
}

/** Removes a stored file; a file already gone is fine (the database row was the record). */
export async function removeEvidenceFile(schemaName: string, storageKey: string): Promise<void> {
  try {
    await rm(evidenceFilePath(schemaName, storageKey), { force: true });
  } catch (err) {
    // The row is already deleted: an orphaned file is wasted space, not a broken record.
    log("warn", "evidence file not removed", { schemaName, storageKey, err });
  }
}

/** A web stream of a stored file and its size, or null when the file is missing. */
export async function openEvidenceFile(schemaName: string, storageKey: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null> {
  const file = evidenceFilePath(schemaName, storageKey);
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}
