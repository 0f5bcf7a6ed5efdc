/**
 * Reading a backup file (./format.ts): line by line, gzip or plain, and the check that runs over
 * the whole file before a restore changes anything — complete (the trailer is there and last),
 * undamaged (the lines hash to the trailer's checksum, the row counts agree) and not newer than
 * this code (every migration it names is one this Charta has, unchanged).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { loadMigrations, migrationsDir } from "@/lib/kernel/db/migrations";
import { BACKUP_FORMAT, BackupFileError, ZBackupHeader, type BackupHeader, type BackupTrailer } from "./format";

/** A data line starts like this; the rows after it go to PostgreSQL as they are. */
const CHUNK_PREFIX = /^\{"t":"([A-Za-z_][A-Za-z0-9_]{0,62})","n":(\d+),"rows":/;

export interface RawLine {
  text: string;
  /** The bytes as stored, newline included: what the checksum covers. */
  bytes: Buffer;
}

async function isGzip(file: string): Promise<boolean> {
  const fh = await open(file, "r");
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

function zlibProblem(err: unknown): BackupFileError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === "Z_BUF_ERROR")
    return new BackupFileError("The backup file is incomplete: it ends in the middle (truncated while copying or writing?). Nothing was changed.");
  if (e.code?.startsWith("Z_")) return new BackupFileError(`The backup file is damaged (${e.message}). Nothing was changed.`);
  return err as BackupFileError;
}

/** Every line of the file, as text and as the bytes the checksum covers. */
export async function* backupLines(file: string): AsyncGenerator<RawLine> {
  const source = createReadStream(file);
  let stream: NodeJS.ReadableStream = source;
  if (await isGzip(file)) {
    const gunzip = createGunzip();
    source.on("error", (err) => gunzip.destroy(err));
    stream = source.pipe(gunzip);
  }
  let pending: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        const bytes = Buffer.concat([...pending, chunk.subarray(start, nl + 1)]);
        pending = [];
        start = nl + 1;
        yield { text: bytes.toString("utf8", 0, bytes.length - 1), bytes };
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch (err) {
    throw zlibProblem(err);
  }
  if (pending.length) {
    const bytes = Buffer.concat(pending);
    yield { text: bytes.toString("utf8"), bytes };
  }
}

/** The table and row count of a data line, or null when the line is not one. */
export function chunkInfo(text: string): { table: string; rows: number; json: string } | null {
  const m = CHUNK_PREFIX.exec(text);
  if (!m || !text.endsWith("}")) return null;
  return { table: m[1]!, rows: Number(m[2]), json: text.slice(m[0].length, -1) };
}

export interface CheckedBackup {
  header: BackupHeader;
  /** The trailer's checksum: the load compares the lines it reads with it before committing. */
  sha256: string;
  rows: Record<string, number>;
  totalRows: number;
  /** City migrations of this code that the backup predates: applied after the rows are loaded. */
  newerHere: string[];
}

function parseHeader(text: string): BackupHeader {
  let raw: { format?: unknown } | null;
  try {
    raw = JSON.parse(text) as { format?: unknown } | null;
  } catch {
    throw new BackupFileError("This is not a Charta city backup (its first line is not a backup header). Nothing was changed.");
  }
  if (raw?.format === "charta-city-backup/1") {
    throw new BackupFileError(
      "This backup was made by an earlier Charta, without a checksum, and cannot be checked. Make a new backup with this version (npm run city -- backup <slug>). Nothing was changed.",
    );
  }
  if (typeof raw?.format !== "string" || !raw.format.startsWith("charta-city-backup/")) {
    throw new BackupFileError("This is not a Charta city backup (its first line is not a backup header). Nothing was changed.");
  }
  const parsed = ZBackupHeader.safeParse(raw);
  if (!parsed.success) {
    if (raw.format !== BACKUP_FORMAT)
      throw new BackupFileError(`This backup was made by a newer Charta (format ${raw.format}). Upgrade Charta, then restore. Nothing was changed.`);
    const issue = parsed.error.issues[0]!;
    throw new BackupFileError(`The backup file is damaged: its header is not valid (${issue.path.join(".")}: ${issue.message}). Nothing was changed.`);
  }
  return parsed.data;
}

/** Refuses a backup whose schema this code does not know: a newer Charta, or a migration edited since. */
function checkVersion(header: BackupHeader): string[] {
  const city = loadMigrations(migrationsDir("city"));
  const control = new Set(loadMigrations(migrationsDir("control")).map((m) => m.name));
  const unknown = [
    ...header.migrations.city.filter((m) => !city.some((k) => k.name === m.name)).map((m) => m.name),
    ...header.migrations.control.filter((name) => !control.has(name)),
  ];
  if (unknown.length) {
    throw new BackupFileError(
      `This backup was made by a newer Charta: its schema has migrations this version does not know (${unknown.join(", ")}). Upgrade Charta, then restore. Nothing was changed.`,
    );
  }
  const edited = header.migrations.city.filter((m) => city.find((k) => k.name === m.name)!.checksum !== m.checksum).map((m) => m.name);
  if (edited.length) {
    throw new BackupFileError(
      `This backup's schema differs from this Charta's migrations of the same name (${edited.join(", ")}). Restore it with the Charta version that made it. Nothing was changed.`,
    );
  }
  const had = new Set(header.migrations.city.map((m) => m.name));
  return city.filter((m) => !had.has(m.name)).map((m) => m.name);
}

/**
 * A gzip file's own verdict on its bytes: the whole stream decompressed (its CRC checked at the
 * end), the zlib problem as a BackupFileError, or null when the stream is sound.
 */
async function gzipDamage(file: string): Promise<BackupFileError | null> {
  if (!(await isGzip(file))) return null;
  try {
    for await (const _line of backupLines(file));
    return null;
  } catch (err) {
    return err instanceof BackupFileError && /damaged|incomplete/.test(err.message) ? err : null;
  }
}

/**
 * Reads the whole file and throws a BackupFileError (a message an operator can act on) unless it
 * is complete, undamaged and restorable by this code. A gzip file whose lines make no sense is
 * first asked whether its stream is damaged: a flipped byte can garble the lines long before the
 * stream's checksum at the end says so, and "damaged" is the message that helps.
 */
export async function checkBackup(file: string): Promise<CheckedBackup> {
  try {
    return await checkBackupLines(file);
  } catch (err) {
    if (err instanceof BackupFileError) throw (await gzipDamage(file)) ?? err;
    throw err;
  }
}

async function checkBackupLines(file: string): Promise<CheckedBackup> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new BackupFileError(`Backup file not found: ${file}`);
  if (info.size === 0) throw new BackupFileError("The backup file is empty. Nothing was changed.");
  const hash = createHash("sha256");
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  const rows: Record<string, number> = {};
  for await (const line of backupLines(file)) {
    if (line.bytes[line.bytes.length - 1] !== 10) {
      throw new BackupFileError("The backup file is incomplete: it ends in the middle of a line (truncated while copying or writing?). Nothing was changed.");
    }
    if (trailer) throw new BackupFileError("The backup file is damaged: it goes on after its last line. Nothing was changed.");
    if (!header) {
      header = parseHeader(line.text);
      hash.update(line.bytes);
      continue;
    }
    if (line.text.startsWith('{"end":')) {
      try {
        trailer = JSON.parse(line.text) as BackupTrailer;
      } catch {
        throw new BackupFileError("The backup file is damaged: its last line cannot be read. Nothing was changed.");
      }
      continue;
    }
    const chunk = chunkInfo(line.text);
    if (!chunk || !header.tables.some((t) => t.name === chunk.table)) {
      throw new BackupFileError("The backup file is damaged: a line holds no rows of a table it lists. Nothing was changed.");
    }
    hash.update(line.bytes);
    rows[chunk.table] = (rows[chunk.table] ?? 0) + chunk.rows;
  }
  if (!header) throw new BackupFileError("The backup file is empty. Nothing was changed.");
  if (!trailer)
    throw new BackupFileError("The backup file is incomplete: its last line is missing (truncated while copying or writing?). Nothing was changed.");
  if (trailer.sha256 !== hash.digest("hex"))
    throw new BackupFileError("The backup file is damaged: its checksum does not match its contents. Nothing was changed.");
  for (const t of header.tables) {
    if ((rows[t.name] ?? 0) !== (trailer.rows[t.name] ?? 0)) {
      throw new BackupFileError(
        `The backup file is damaged: table ${t.name} has ${rows[t.name] ?? 0} rows, its trailer says ${trailer.rows[t.name] ?? 0}. Nothing was changed.`,
      );
    }
  }
  const newerHere = checkVersion(header);
  const totalRows = Object.values(rows).reduce((a, b) => a + b, 0);
  return { header, sha256: trailer.sha256, rows, totalRows, newerHere };
}
