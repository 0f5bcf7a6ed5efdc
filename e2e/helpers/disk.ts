import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One file as a snapshot sees it. */
export interface FileFacts {
  sha256: string;
  size: number;
}

/**
 * Every file under `roots` with a hash of its bytes, so two snapshots compare byte for byte.
 * PostgreSQL's own data directories (those holding PG_VERSION) are left out: the database writes
 * its files whenever it likes, and what the app stores there is checked through the app.
 * (Also used by bench/scenarios/abuse-public.ts.)
 */
export function diskSnapshot(roots: string[]): Map<string, FileFacts> {
  const files = new Map<string, FileFacts>();
  const walk = (dir: string) => {
    if (existsSync(path.join(dir, "PG_VERSION"))) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const bytes = readFileSync(full);
        files.set(full, { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.byteLength });
      }
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return files;
}

/** What changed between two snapshots: files added, removed or rewritten with other bytes. */
export function diskChanges(before: Map<string, FileFacts>, after: Map<string, FileFacts>): string[] {
  const changes: string[] = [];
  for (const [file, facts] of after) {
    if (!before.has(file)) changes.push(`added ${file}`);
    else if (before.get(file)!.sha256 !== facts.sha256) changes.push(`changed ${file}`);
  }
  for (const file of before.keys()) if (!after.has(file)) changes.push(`removed ${file}`);
  return changes.sort();
}

/** Bytes of the files added or rewritten between two snapshots. */
export function bytesWritten(before: Map<string, FileFacts>, after: Map<string, FileFacts>): number {
  let bytes = 0;
  for (const [file, facts] of after) if (before.get(file)?.sha256 !== facts.sha256) bytes += facts.size;
  return bytes;
}
