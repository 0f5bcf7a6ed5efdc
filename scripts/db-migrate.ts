/**
 * `npm run db:migrate [-- --concurrency N]`: the control schema, then every city schema, each
 * city in its own transaction. Exits non-zero naming every city that failed; a rerun resumes.
 */
import pg from "pg";
import { migrateAll } from "../lib/kernel/db/migrations";
import { DATA_DIR, openDatabase } from "./lib/database";
import { legacyFileSteps } from "./lib/legacy-files";

function concurrencyArg(): number {
  const i = process.argv.indexOf("--concurrency");
  const raw = i >= 0 ? process.argv[i + 1] : process.env.MIGRATE_CONCURRENCY;
  const n = Number(raw ?? 4);
  return Number.isInteger(n) && n > 0 ? n : 4;
}

async function main() {
  const db = await openDatabase();
  const concurrency = concurrencyArg();
  const pool = new pg.Pool({ connectionString: db.url, max: concurrency + 1 });
  let failed = 0;
  try {
    const started = Date.now();
    const result = await migrateAll(pool, {
      concurrency,
      // Evidence files and pending imports of an older installation move from the disk into each city's schema.
      steps: legacyFileSteps(DATA_DIR),
      onCity: (r) => {
        if (r.error) console.error(`✗ ${r.slug} (${r.schema}): ${r.error}`);
        else if (r.applied.length) console.log(`✓ ${r.slug}: applied ${r.applied.join(", ")}`);
        for (const line of r.notes) console.log(`  ${r.slug}: ${line}`);
      },
    });
    failed = result.failed.length;
    console.log(
      `control: ${result.control.length ? `applied ${result.control.join(", ")}` : "up to date"}; ` +
        `cities: ${result.cities.length - failed} up to date, ${failed} failed (${Date.now() - started} ms)`,
    );
    if (failed) {
      console.error(`Migration failed for: ${result.failed.map((f) => f.slug).join(", ")}. Each failed city was left as it was; fix the cause and rerun.`);
    }
  } finally {
    await pool.end();
    await db.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
