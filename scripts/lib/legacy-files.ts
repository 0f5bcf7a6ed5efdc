/**
 * Before city migration 0013 a city's evidence files lived on the app's disk, under
 * `<data dir>/files/<city schema>/<storage key>`, and pending spreadsheet imports under
 * `…/imports/<id>.json`. This step copies them into the city's `StoredFile` table right before
 * 0013 runs (same transaction), keeping the storage key as the file's id so the migration's SQL
 * can point each evidence row at its file. The files are removed from the disk only after the
 * city's migration committed; a rerun has nothing left to do (0013 is recorded as applied).
 *
 * Only the command-line launchers (`npm run db:migrate`, `npm start`, the demo, `npm run city`)
 * pass this step: the app itself never reads the disk, so its build does not trace a data folder.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { MigrationStep } from "../../lib/kernel/db/migrations";
import { quoteSchema } from "../../lib/kernel/tenancy/schema-name";

export const FILES_MIGRATION = "0013_evidence_files_in_database";

/** How long a pending import was kept on disk (lib/features/commitments/spreadsheet/import-store.ts keeps the same hour). */
const IMPORT_TTL_MS = 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function legacyFileSteps(dataDir: string): Record<string, MigrationStep> {
  return { [FILES_MIGRATION]: (client, schema, note) => moveLegacyFiles(client, schema, path.resolve(dataDir), note) };
}

interface EvidenceRow {
  storageKey: string;
  fileName: string | null;
  mimeType: string | null;
  createdAt: Date;
  createdBy: string | null;
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

async function insertFile(
  client: pg.ClientBase,
  schema: string,
  f: {
    id: string;
    purpose: "evidence" | "import";
    name: string;
    mimeType: string;
    bytes: Buffer;
    createdAt: Date;
    createdBy: string | null;
    expiresAt: Date | null;
  },
) {
  await client.query(
    `INSERT INTO ${quoteSchema(schema)}."StoredFile" (id, purpose, name, "mimeType", size, sha256, bytes, "createdAt", "createdBy", "expiresAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
    [f.id, f.purpose, f.name, f.mimeType, f.bytes.length, createHash("sha256").update(f.bytes).digest("hex"), f.bytes, f.createdAt, f.createdBy, f.expiresAt],
  );
}

async function moveLegacyFiles(client: pg.ClientBase, schema: string, dataDir: string, note: (line: string) => void): Promise<(() => Promise<void>) | void> {
  const dir = path.join(dataDir, "files", schema);
  const { rows } = await client.query<EvidenceRow>(
    `SELECT "storageKey", "fileName", "mimeType", "createdAt", "createdBy" FROM ${quoteSchema(schema)}."Evidence" WHERE "storageKey" IS NOT NULL`,
  );
  if (!existsSync(dir)) {
    if (!rows.length) return;
    // Without the folder, migrating would cut every evidence row from its file for good.
    throw new Error(
      `${rows.length} evidence file(s) of this city should be in ${dir}, which does not exist here. ` +
        `Run the migration where CHARTA_DATA_DIR holds the city's files; if those files are lost, create that empty folder and run again (the evidence keeps its title, without a download).`,
    );
  }
  const done: string[] = [];
  let missing = 0;
  for (const row of rows) {
    const file = UUID.test(row.storageKey) ? path.join(dir, row.storageKey) : null;
    const bytes = file ? await readIfPresent(file) : null;
    if (!file || !bytes) {
      missing++;
      continue;
    }
    await insertFile(client, schema, {
      id: row.storageKey,
      purpose: "evidence",
      name: row.fileName ?? "file",
      mimeType: row.mimeType ?? "application/octet-stream",
      bytes,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      expiresAt: null,
    });
    done.push(file);
  }

  let imports = 0;
  const importsDir = path.join(dir, "imports");
  for (const name of existsSync(importsDir) ? await readdir(importsDir) : []) {
    const file = path.join(importsDir, name);
    const id = name.replace(/\.json$/, "");
    const bytes = UUID.test(id) ? await readIfPresent(file) : null;
    if (!bytes) continue;
    const stored = JSON.parse(bytes.toString("utf8")) as { fileName?: string; userId?: string; createdAt?: string };
    const createdAt = new Date(stored.createdAt ?? 0);
    const expiresAt = new Date(createdAt.getTime() + IMPORT_TTL_MS);
    // An upload whose hour is over could not be applied any more: it is simply removed.
    if (expiresAt.getTime() > Date.now()) {
      await insertFile(client, schema, {
        id,
        purpose: "import",
        name: stored.fileName ?? "import",
        mimeType: "application/json",
        bytes,
        createdAt,
        createdBy: stored.userId && UUID.test(stored.userId) ? stored.userId : null,
        expiresAt,
      });
      imports++;
    }
    done.push(file);
  }

  note(
    `moved ${rows.length - missing} evidence file(s) and ${imports} pending import(s) from ${dir} into the database` +
      (missing ? `; ${missing} evidence file(s) were already missing there (their evidence has no download, as before)` : ""),
  );
  return async () => {
    for (const file of done) await rm(file, { force: true });
    await rmdir(importsDir).catch(() => undefined);
    const left = await readdir(dir).catch(() => [] as string[]);
    if (left.length) note(`${left.length} file(s) in ${dir} belong to no evidence and were left in place; delete the folder once you have checked them`);
    else await rmdir(dir).catch(() => undefined);
  };
}
