/**
 * The project's own migration runner. Prisma Migrate knows one schema per run and cannot fetch
 * its engine here, so Charta applies its SQL migrations itself: the control schema first, then
 * every city schema, each in its own transaction, each recording what it applied in its own
 * `_charta_migrations` table. A city that fails is rolled back whole and reported by name.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { CONTROL_SCHEMA, quoteSchema } from "@/lib/kernel/tenancy/schema-name";

export type MigrationKind = "control" | "city";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(kind: MigrationKind): string {
  return path.join(process.cwd(), "prisma", kind, "migrations");
}

export function loadMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}_[a-z0-9_]+$/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationError extends Error {
  constructor(
    readonly schema: string,
    readonly migration: string | null,
    readonly cause: unknown,
  ) {
    super(`${schema}${migration ? ` (${migration})` : ""}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "MigrationError";
  }
}

/**
 * Code that runs right before one migration's SQL, in the same transaction: for the rare change
 * whose data SQL cannot reach (files on the app's disk). `note` tells the operator what it did.
 * What it returns runs after the commit (e.g. removing what was copied into the database), so
 * nothing outside the database changes unless the migration committed.
 */
export type MigrationStep = (client: pg.ClientBase, schema: string, note: (line: string) => void) => Promise<(() => Promise<void>) | void>;

export interface MigrationStepOptions {
  /** Keyed by migration name. Only the command-line launchers pass them (scripts/lib/legacy-files.ts). */
  steps?: Record<string, MigrationStep>;
  note?: (schema: string, line: string) => void;
}

interface InTransactionOptions extends MigrationStepOptions {
  /** Filled with the steps' after-commit work; the caller runs it once it has committed. */
  afterCommit?: (() => Promise<void>)[];
}

/**
 * Bring one schema up to date inside the caller's open transaction. The caller owns BEGIN/COMMIT
 * so that provisioning can put schema, migrations and seed data into one transaction.
 * Returns the names of the migrations it applied.
 */
export async function applyMigrationsInTransaction(
  client: pg.ClientBase,
  schema: string,
  migrations: Migration[],
  opts: InTransactionOptions = {},
): Promise<string[]> {
  const q = quoteSchema(schema);
  // Serialises runners on the same schema (two deploys at once) without blocking other schemas.
  await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`charta-migrate:${schema}`]);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${q}`);
  // Migration SQL names objects without a schema; they land in the schema being migrated.
  await client.query(`SET LOCAL search_path TO ${q}`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${q}."_charta_migrations" (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${q}."_charta_migrations"`);
  const applied = new Map(rows.map((r) => [r.name, r.checksum]));
  for (const [name, checksum] of applied) {
    const known = migrations.find((m) => m.name === name);
    if (!known) throw new MigrationError(schema, name, new Error("applied here but missing from the code (newer code ran against this database?)"));
    if (known.checksum !== checksum) throw new MigrationError(schema, name, new Error("was edited after it had been applied; add a new migration instead"));
  }
  const done: string[] = [];
  for (const m of migrations) {
    if (applied.has(m.name)) continue;
    try {
      const step = opts.steps?.[m.name];
      if (step) {
        const after = await step(client, schema, (line) => opts.note?.(schema, line));
        if (after) opts.afterCommit?.push(after);
      }
      await client.query(m.sql);
    } catch (err) {
      throw new MigrationError(schema, m.name, err);
    }
    await client.query(`INSERT INTO ${q}."_charta_migrations" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
    done.push(m.name);
  }
  return done;
}

/** Migrate one schema in its own transaction: all of its pending migrations, or none. */
export async function migrateSchema(pool: pg.Pool, schema: string, migrations: Migration[], opts: MigrationStepOptions = {}): Promise<string[]> {
  const client = await pool.connect();
  const afterCommit: (() => Promise<void>)[] = [];
  try {
    await client.query("BEGIN");
    const done = await applyMigrationsInTransaction(client, schema, migrations, { ...opts, afterCommit });
    await client.query("COMMIT");
    for (const after of afterCommit) await after();
    return done;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err instanceof MigrationError ? err : new MigrationError(schema, null, err);
  } finally {
    client.release();
  }
}

export interface CityMigrationResult {
  slug: string;
  schema: string;
  applied: string[];
  /** What the migrations' code steps did (files moved into the database, …). */
  notes: string[];
  error?: string;
}

export interface MigrateAllResult {
  control: string[];
  cities: CityMigrationResult[];
  failed: CityMigrationResult[];
}

export interface MigrateAllOptions extends Pick<MigrationStepOptions, "steps"> {
  concurrency?: number;
  controlDir?: string;
  cityDir?: string;
  onCity?: (result: CityMigrationResult) => void;
}

/** Run `fn` over `items` with at most `limit` running at once. */
async function forEachBounded<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await fn(item);
    }
  });
  await Promise.all(workers);
}

/**
 * `npm run db:migrate`: the control schema, then every city. A failing city does not stop the
 * others; it is reported with its error and the caller exits non-zero. A rerun resumes.
 */
export async function migrateAll(pool: pg.Pool, opts: MigrateAllOptions = {}): Promise<MigrateAllResult> {
  const control = await migrateSchema(pool, CONTROL_SCHEMA, loadMigrations(opts.controlDir ?? migrationsDir("control")));
  const cityMigrations = loadMigrations(opts.cityDir ?? migrationsDir("city"));
  const { rows } = await pool.query<{ slug: string; schemaName: string }>(`SELECT slug, "schemaName" FROM "control"."City" ORDER BY slug`);
  const cities: CityMigrationResult[] = [];
  await forEachBounded(rows, Math.max(1, opts.concurrency ?? 4), async ({ slug, schemaName }) => {
    let result: CityMigrationResult;
    const notes: string[] = [];
    try {
      const applied = await migrateSchema(pool, schemaName, cityMigrations, { steps: opts.steps, note: (_schema, line) => notes.push(line) });
      result = { slug, schema: schemaName, applied, notes };
    } catch (err) {
      result = { slug, schema: schemaName, applied: [], notes, error: err instanceof Error ? err.message : String(err) };
    }
    cities.push(result);
    opts.onCity?.(result);
  });
  cities.sort((a, b) => a.slug.localeCompare(b.slug));
  return { control, cities, failed: cities.filter((c) => c.error) };
}
