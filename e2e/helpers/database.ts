import { readFileSync } from "node:fs";
import pg from "pg";

/**
 * Direct access to the e2e database, for one purpose only: putting back the state a test starts
 * from, so a retried test (CI retries once) does not meet what its first attempt left behind.
 * e2e/server.ts writes the database's URL here when it starts.
 */
export const E2E_DATABASE_URL_FILE = ".data/e2e-database-url";

async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function schemaOf(client: pg.Client, slug: string): Promise<string> {
  const { rows } = await client.query<{ schemaName: string }>(`SELECT "schemaName" FROM control."City" WHERE slug = $1`, [slug]);
  const schema = rows[0]?.schemaName;
  if (!schema || !/^city_[a-z0-9_]{1,40}$/.test(schema)) throw new Error(`No city "${slug}" in the e2e database.`);
  return schema;
}

/** Removes a city's annual report of `year` with everything that hangs on it (none: nothing happens). */
export async function removeAnnualReport(slug: string, year: number): Promise<void> {
  await withDatabase(async (client) => {
    const s = `"${await schemaOf(client, slug)}"`;
    await client.query("BEGIN");
    try {
      const ids = `SELECT id FROM ${s}."AnnualReport" WHERE year = $1`;
      await client.query(
        `DELETE FROM ${s}."RecommendationEvaluation" WHERE "reportId" IN (${ids}) OR "recommendationId" IN (SELECT id FROM ${s}."Recommendation" WHERE "reportId" IN (${ids}))`,
        [year],
      );
      await client.query(`DELETE FROM ${s}."Recommendation" WHERE "reportId" IN (${ids})`, [year]);
      // Its published files (lib/features/publication/documents/keys.ts: document:report:<report id>:<locale>.<format>).
      await client.query(
        `DELETE FROM ${s}."StoredFile" WHERE key LIKE ANY (SELECT 'document:report:' || id || ':%' FROM ${s}."AnnualReport" WHERE year = $1)`,
        [year],
      );
      await client.query(`DELETE FROM ${s}."AnnualReport" WHERE year = $1`, [year]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    }
  });
}

/**
 * Forgets the sign-in counters of this machine's addresses (every spec's browser connects from
 * loopback): a spec that drives the per-address limit on purpose leaves the others as it found them.
 */
export async function clearLoopbackSignInLimits(): Promise<void> {
  await withDatabase(async (client) => {
    await client.query(`DELETE FROM control."LoginThrottle" WHERE key LIKE '%127.0.0.1' OR key LIKE '%::1' OR key LIKE '%::ffff:127.0.0.1'`);
  });
}
