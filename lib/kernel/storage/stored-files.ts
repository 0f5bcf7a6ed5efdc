import { createHash } from "node:crypto";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { CityTx } from "@/lib/kernel/records/audited";
import type { StoredFilePurpose } from "@/lib/generated/city/client";

/**
 * The city's files live in its own schema (`StoredFile`), not on a disk: a city backup holds them,
 * every app instance reads the same bytes, and a file is reached only through the city's own
 * client, so another city's id or key finds nothing. Callers pass the city's client or a
 * transaction of it; nothing here builds a path or takes a city from its arguments.
 * (No "server-only" import: the demo seed stores its cities' logos under plain Node; only server
 * code can hold a city's client anyway.)
 */
type Db = CityDb | CityTx;

export interface StoredFileMeta {
  id: string;
  purpose: StoredFilePurpose;
  key: string | null;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

export interface StoredFileContent extends StoredFileMeta {
  bytes: Uint8Array;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID names no file (and must not reach the database's uuid cast as a 500). */
function lookup(where: { id: string } | { key: string }): { id: string } | { key: string } | null {
  return "id" in where && !UUID.test(where.id) ? null : where;
}

const META = { id: true, purpose: true, key: true, name: true, mimeType: true, size: true, sha256: true, createdAt: true } as const;

export interface NewStoredFile {
  purpose: StoredFilePurpose;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  /** A stable name for a file looked up by what it is (one per key; writing it again replaces it). */
  key?: string;
  createdBy?: string | null;
  expiresAt?: Date | null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Stores the bytes; with a key, replaces whatever was stored under it. */
export async function putStoredFile(db: Db, file: NewStoredFile): Promise<StoredFileMeta> {
  const data = {
    purpose: file.purpose,
    name: file.name,
    mimeType: file.mimeType,
    size: file.bytes.byteLength,
    sha256: sha256Hex(file.bytes),
    // Prisma's Bytes wants a Uint8Array backed by a plain ArrayBuffer.
    bytes: new Uint8Array(file.bytes) as Uint8Array<ArrayBuffer>,
    createdBy: file.createdBy ?? null,
    expiresAt: file.expiresAt ?? null,
  };
  if (file.key === undefined) return db.storedFile.create({ data, select: META });
  return db.storedFile.upsert({
    where: { key: file.key },
    create: { ...data, key: file.key },
    update: { ...data, createdAt: new Date() },
    select: META,
  });
}

/** What is stored, without the bytes (for ETag and Last-Modified answers). */
export async function storedFileMeta(db: Db, where: { id: string } | { key: string }): Promise<StoredFileMeta | null> {
  const w = lookup(where);
  return w ? db.storedFile.findUnique({ where: w, select: META }) : null;
}

export async function readStoredFile(db: Db, where: { id: string } | { key: string }): Promise<StoredFileContent | null> {
  const w = lookup(where);
  const row = w ? await db.storedFile.findUnique({ where: w, select: { ...META, bytes: true } }) : null;
  return row ? { ...row, bytes: row.bytes } : null;
}

/**
 * Deletes the file; with `sha256`, only if it still holds those bytes (a file replaced meanwhile
 * under its key stays). Returns how many rows went (0 or 1).
 */
export async function deleteStoredFile(db: Db, where: { id: string } | { key: string }, opts: { sha256?: string } = {}): Promise<number> {
  const w = lookup(where);
  if (!w) return 0;
  const { count } = await db.storedFile.deleteMany({ where: { ...w, ...(opts.sha256 !== undefined ? { sha256: opts.sha256 } : {}) } });
  return count;
}

/** Removes files whose time is up (pending imports); returns how many went. */
export async function sweepExpiredFiles(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.storedFile.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
