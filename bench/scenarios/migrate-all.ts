/**
 * `npm run db:migrate` at scale: 100 registered cities whose schemas do not exist yet (a deploy
 * that brings a big installation up from nothing), then the same run again with nothing to do
 * (every deploy after that).
 */
import type pg from "pg";
import { loadMigrations, migrateAll, migrationsDir, type MigrateAllResult } from "../../lib/kernel/db/migrations";
import { median, roundMs, timed } from "../lib/measure";
import type { BenchContext, Scenario } from "../lib/types";

const CITIES = 100;
const CONCURRENCY = 4;
const WARMUP_CITIES = 10;
const REPEATS = 3;

/** Registry rows only, as an operator's import would leave them: no schema, nothing migrated. */
async function registerCities(pool: pg.Pool, count: number): Promise<void> {
  await pool.query(
    `INSERT INTO "control"."City" (id, slug, name, country, "defaultLocale", locales, "schemaName", "provisionedAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench-' || n, 'Bench City ' || n, 'NL', 'nl', '{nl,en}', 'city_bench_' || n, now(), now()
       FROM (SELECT lpad(i::text, 3, '0') AS n FROM generate_series(1, $1::int) AS i) AS s`,
    [count],
  );
}

/** A run that failed or did other work than expected must not produce a number. */
function check(result: MigrateAllResult, count: number, expectApplied: number): void {
  if (result.failed.length) throw new Error(`migrateAll failed for ${result.failed.map((f) => `${f.slug}: ${f.error}`).join("; ")}`);
  if (result.cities.length !== count) throw new Error(`migrateAll saw ${result.cities.length} cities, expected ${count}`);
  const wrong = result.cities.find((c) => c.applied.length !== expectApplied);
  if (wrong) throw new Error(`${wrong.slug} applied ${wrong.applied.length} migrations, expected ${expectApplied}`);
}

async function freshAndNoop(ctx: BenchContext, count: number, migrations: number) {
  const pool = await ctx.freshDatabase();
  await registerCities(pool, count);
  const fresh = await timed(() => migrateAll(pool, { concurrency: CONCURRENCY }));
  check(fresh.result, count, migrations);
  const noop = await timed(() => migrateAll(pool, { concurrency: CONCURRENCY }));
  check(noop.result, count, 0);
  return { freshMs: fresh.ms, noopMs: noop.ms };
}

export const scenario: Scenario = {
  name: "migrate-all",
  description: `\`migrateAll\` (what \`npm run db:migrate\` runs) over ${CITIES} cities registered in \`control."City"\` whose schemas do not exist yet, with concurrency ${CONCURRENCY}: \`fresh_ms\` creates and migrates all ${CITIES} schemas, \`noop_ms\` is the second run that finds everything up to date. \`cities\` is the number of cities, for context.`,
  method: `One warm-up (${WARMUP_CITIES} cities, fresh + no-op), then ${REPEATS} measured repeats, each in a newly created database: insert ${CITIES} registry rows, time \`migrateAll\` (fresh), time it again (no-op). Each run is checked — no failed city, every city applied every migration (fresh) or none (no-op). The values are the medians of the ${REPEATS} repeats.`,
  targets: [
    { metric: "fresh_ms", below: 60_000 },
    { metric: "noop_ms", below: 5_000 },
  ],
  async run(ctx) {
    const migrations = loadMigrations(migrationsDir("city")).length;
    if (!migrations) throw new Error("No city migrations in prisma/city/migrations: nothing to migrate.");
    const warm = await freshAndNoop(ctx, WARMUP_CITIES, migrations);
    ctx.log(`migrate-all warm-up (${WARMUP_CITIES} cities): fresh ${roundMs(warm.freshMs)} ms, no-op ${roundMs(warm.noopMs)} ms`);
    const fresh: number[] = [];
    const noop: number[] = [];
    for (let r = 1; r <= REPEATS; r++) {
      const run = await freshAndNoop(ctx, CITIES, migrations);
      fresh.push(run.freshMs);
      noop.push(run.noopMs);
      ctx.log(`migrate-all run ${r}/${REPEATS} (${CITIES} cities): fresh ${roundMs(run.freshMs)} ms, no-op ${roundMs(run.noopMs)} ms`);
    }
    return [
      { metric: "fresh_ms", value: roundMs(median(fresh)), unit: "ms" },
      { metric: "noop_ms", value: roundMs(median(noop)), unit: "ms" },
      { metric: "cities", value: CITIES, unit: "cities" },
    ];
  },
};
