/**
 * `npm run db:migration:new -- <control|city> <name>`: writes the next migration of that kind,
 * i.e. the SQL from "all existing migrations applied" to prisma/<kind>/schema.prisma.
 * Our stand-in for `prisma migrate dev --create-only`, which cannot run offline (docs/architecture.md).
 *
 * Uses DATABASE_URL if set, else its own embedded PostgreSQL (.data/migrate-tool). Either way the
 * work happens in a throwaway schema that is dropped afterwards. Review the SQL before committing:
 * the engine's output is a starting point (renames come out as drop + add, for instance).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedHandle } from "../lib/kernel/db/embedded";
import { loadMigrations, migrateSchema, migrationsDir, type MigrationKind } from "../lib/kernel/db/migrations";
import { diffSql } from "../lib/kernel/db/schema-diff";
import { describeFailure } from "../lib/kernel/startup-problem";

// A city-shaped name, because the runner only accepts "control" and city_* names; used for both kinds.
const SCRATCH = "city_zz_scratch";

function parseArgs(): { kind: MigrationKind; name: string } {
  const [kind, rawName] = process.argv.slice(2);
  const name = (rawName ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if ((kind !== "control" && kind !== "city") || !name) {
    throw new Error("Usage: npm run db:migration:new -- <control|city> <name>");
  }
  return { kind, name };
}

function nextNumber(dir: string): string {
  const taken = existsSync(dir)
    ? readdirSync(dir)
        .map((d) => /^(\d{4})_/.exec(d)?.[1])
        .filter(Boolean)
    : [];
  const next = Math.max(0, ...taken.map(Number)) + 1;
  return String(next).padStart(4, "0");
}

/** On a developer's own DATABASE_URL, never drop a schema that belongs to a real city. */
async function assertScratchIsFree(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ control: boolean }>(`SELECT to_regclass('control."City"') IS NOT NULL AS control`);
  if (!rows[0]?.control) return;
  const city = await pool.query(`SELECT 1 FROM control."City" WHERE "schemaName" = $1`, [SCRATCH]);
  if (city.rowCount) throw new Error(`Schema ${SCRATCH} belongs to a city in this database; refusing to use it as scratch.`);
}

async function main() {
  const { kind, name } = parseArgs();
  const dir = migrationsDir(kind);
  let embedded: EmbeddedHandle | undefined;
  const url = process.env.DATABASE_URL ?? (embedded = await startEmbeddedPostgres({ dir: ".data/migrate-tool", port: 54349, portSetting: null })).url;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  let scratchIsOurs = false;
  try {
    await assertScratchIsFree(pool);
    scratchIsOurs = true;
    // A run that was killed half-way leaves its scratch schema behind; start clean.
    await pool.query(`DROP SCHEMA IF EXISTS "${SCRATCH}" CASCADE`);
    await migrateSchema(pool, SCRATCH, loadMigrations(dir));
    const sql = await diffSql({
      databaseUrl: url,
      fromSchema: SCRATCH,
      prismaSchemaPath: path.join(process.cwd(), "prisma", kind, "schema.prisma"),
    });
    if (!sql) {
      console.log(`No changes: the ${kind} migrations already match prisma/${kind}/schema.prisma.`);
      return;
    }
    const target = path.join(dir, `${nextNumber(dir)}_${name}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), target)}/migration.sql — review it before committing.`);
  } finally {
    if (scratchIsOurs) await pool.query(`DROP SCHEMA IF EXISTS "${SCRATCH}" CASCADE`).catch(() => undefined);
    await pool.end();
    await embedded?.stop();
  }
}

main().catch((err) => {
  console.error(describeFailure(err));
  process.exit(1);
});
