import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every file under `roots` with a hash of its bytes, so two snapshots compare byte for byte.
 * PostgreSQL's own data directories (those holding PG_VERSION) are left out: the database writes
 * its files whenever it likes, and what the app stores there is checked through the app.
 */
export function diskSnapshot(roots: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    if (existsSync(path.join(dir, "PG_VERSION"))) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(full, createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return files;
}

/** What changed between two snapshots: files added, removed or rewritten with other bytes. */
export function diskChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [file, hash] of after) {
    if (!before.has(file)) changes.push(`added ${file}`);
    else if (before.get(file) !== hash) changes.push(`changed ${file}`);
  }
  for (const file of before.keys()) if (!after.has(file)) changes.push(`removed ${file}`);
  return changes.sort();
}
