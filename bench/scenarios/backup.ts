/**
 * Backing up and restoring a big city: the dashboard scenario's city (200 commitments, five years
 * of history, ≈10,000 updates) with the plan-overview scenario's full plan (30 objectives, 300
 * actions with milestones, 100 indicators × 10 years of measurements). Times `npm run city --
 * backup` and `restore --replace` as the command runs them (lib/kernel/backup/), on the same database.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { median, roundMs, sample } from "../lib/measure";
import { freshAppDatabase } from "../lib/database";
import type { Scenario } from "../lib/types";
import { buildCity } from "./dashboard";
import { addPlan } from "./plan-overview";

const COMMITMENTS = 200;
const UPDATES_PER_COMMITMENT = 50;
const YEARS = 5;
const WARMUPS = 1;
const RUNS = 5;
const SLUG = "bench-backup";

async function importApp() {
  const [
    { provisionCity },
    { cityDbForSchema, clearCityClients },
    { controlDb, disconnectControl },
    { closePool },
    { backupCity },
    { restoreCity },
    { tableChecksums },
  ] = await Promise.all([
    import("../../lib/kernel/tenancy/provision-city"),
    import("../../lib/kernel/db/city-clients"),
    import("../../lib/kernel/db/control"),
    import("../../lib/kernel/db/pool"),
    import("../../lib/kernel/backup/backup-city"),
    import("../../lib/kernel/backup/restore-city"),
    import("../../lib/kernel/backup/checksums"),
  ]);
  return { provisionCity, cityDbForSchema, clearCityClients, controlDb, disconnectControl, closePool, backupCity, restoreCity, tableChecksums };
}

export const scenario: Scenario = {
  name: "backup",
  description: `One city's backup and restore (\`npm run city -- backup\` / \`restore --replace\`, lib/kernel/backup/): the dashboard scenario's city — ${COMMITMENTS} commitments, ${COMMITMENTS * UPDATES_PER_COMMITMENT} updates — with a full plan (30 objectives, 300 actions with 600 milestones, 100 indicators with 1,000 measurements). \`backup_ms\` writes the gzip file from one snapshot; \`restore_ms\` checks the whole file, loads it into a temporary schema, adds the foreign keys back and swaps it in for the city. \`rows\` and \`file_kib\` give the size, for context.`,
  method: `Setup (not timed): a fresh database, the city built with bulk inserts (fixed random seed). Then ${WARMUPS} warm-up and ${RUNS} measured rounds, each a backup to a new file followed by a restore of that file over the city; after the last round every table's row count and checksum must equal the city's before the first backup. The values are the medians.`,
  targets: [{ metric: "restore_ms", below: 30_000 }],
  async run(ctx) {
    const pool = await freshAppDatabase(ctx);
    const url = pool.options.connectionString!;
    const app = await importApp();
    const dir = mkdtempSync(path.join(tmpdir(), "charta-bench-backup-"));
    try {
      ctx.log(`building a city with ${COMMITMENTS} commitments, ${COMMITMENTS * UPDATES_PER_COMMITMENT} updates and a full plan…`);
      const city = await buildCity(app, pool, SLUG, COMMITMENTS, UPDATES_PER_COMMITMENT, YEARS, 1);
      await addPlan(city.db, `Plan of ${SLUG}`, undefined, 3);
      const before = await app.tableChecksums(pool, city.schemaName);
      const rows = Object.values(before).reduce((n, t) => n + t.rows, 0);
      ctx.log(`built: ${rows} rows in ${Object.keys(before).length} tables`);

      const backups: number[] = [];
      const restores: number[] = [];
      let bytes = 0;
      await sample({ label: "backup + restore", warmups: WARMUPS, runs: RUNS, log: ctx.log }, async (n) => {
        const file = path.join(dir, `${n}.charta-backup.gz`);
        const t0 = performance.now();
        const b = await app.backupCity(url, SLUG, file);
        const t1 = performance.now();
        const r = await app.restoreCity(url, file, { slug: SLUG, replace: true });
        const t2 = performance.now();
        if (b.rows !== rows || r.rows !== rows) throw new Error(`backed up ${b.rows} and restored ${r.rows} rows, expected ${rows}`);
        bytes = statSync(file).size;
        rmSync(file);
        if (n > WARMUPS) {
          backups.push(t1 - t0);
          restores.push(t2 - t1);
        }
      });
      const after = await app.tableChecksums(pool, city.schemaName);
      if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error("the restored city differs from the one backed up");
      return [
        { metric: "backup_ms", value: roundMs(median(backups)), unit: "ms" },
        { metric: "restore_ms", value: roundMs(median(restores)), unit: "ms" },
        { metric: "rows", value: rows, unit: "rows" },
        { metric: "file_kib", value: Math.round(bytes / 1024), unit: "KiB" },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await app.clearCityClients();
      await app.disconnectControl();
      await app.closePool();
    }
  },
};
