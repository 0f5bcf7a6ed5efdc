/**
 * `npm run city -- backup-all --dir <dir> [--keep N]`: a backup of every city into one folder, for
 * a nightly job. A city that fails is reported and the others go on; with `keep`, only the newest
 * N backups of each city stay in the folder.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { backupCity, type BackupOptions } from "./backup-city";

export interface BackupAllResult {
  done: { slug: string; file: string; rows: number; bytes: number }[];
  failed: { slug: string; error: string }[];
  removed: string[];
}

/** `den-haag-2026-03-01T021500Z.charta-backup.gz`: sorts by time, and one city's never matches another's. */
export function backupFileName(slug: string, at = new Date()): string {
  return `${slug}-${at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")
    .replace(/^(\d{4})(\d{2})(\d{2})/, "$1-$2-$3")}.charta-backup.gz`;
}

const STAMPED = (slug: string) => new RegExp(`^${slug}-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z\\.charta-backup\\.gz$`);

async function prune(dir: string, slug: string, keep: number): Promise<string[]> {
  const mine = (await readdir(dir)).filter((f) => STAMPED(slug).test(f)).sort();
  const old = mine.slice(0, Math.max(0, mine.length - keep));
  for (const f of old) await rm(path.join(dir, f), { force: true });
  return old;
}

export async function backupAllCities(
  databaseUrl: string,
  dir: string,
  opts: Omit<BackupOptions, "progress"> & { keep?: number; onCity?: (line: string) => void } = {},
): Promise<BackupAllResult> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const slugs = await pool
    .query<{ slug: string }>(`SELECT slug FROM "control"."City" WHERE "provisionedAt" IS NOT NULL ORDER BY slug`)
    .then((r) => r.rows.map((x) => x.slug))
    .finally(() => pool.end());
  const result: BackupAllResult = { done: [], failed: [], removed: [] };
  for (const slug of slugs) {
    try {
      const file = path.join(dir, backupFileName(slug));
      const r = await backupCity(databaseUrl, slug, file, { withoutPasswords: opts.withoutPasswords });
      result.done.push({ slug, file, rows: r.rows, bytes: r.bytes });
      opts.onCity?.(`✓ ${slug}: ${r.rows} rows, ${r.members} member(s), ${(r.bytes / 1024).toFixed(0)} KiB → ${file}`);
      // Old backups go only after a new one is complete: a failing night never leaves fewer.
      if (opts.keep) result.removed.push(...(await prune(dir, slug, opts.keep)));
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      result.failed.push({ slug, error });
      opts.onCity?.(`✗ ${slug}: ${error}`);
    }
  }
  return result;
}
