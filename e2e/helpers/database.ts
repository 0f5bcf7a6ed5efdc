import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** The e2e server's database (e2e/server.ts): its own embedded PostgreSQL, or TEST_DATABASE_URL. */
function e2eDatabaseUrl(): string {
  const server = process.env.TEST_DATABASE_URL
    ? new URL(process.env.TEST_DATABASE_URL)
    : new URL(
        `postgresql://charta:${encodeURIComponent(readFileSync(path.join(".data", "e2e-pg", "pg-password"), "utf8").trim())}@127.0.0.1:${process.env.E2E_PG_PORT ?? 54369}/postgres`,
      );
  server.pathname = "/charta_e2e";
  return server.toString();
}

/**
 * Forgets the sign-in counters of this machine's addresses (every spec's browser connects from
 * loopback): a spec that drives the per-address limit on purpose leaves the others as it found them.
 */
export async function clearLoopbackSignInLimits(): Promise<void> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`DELETE FROM control."LoginThrottle" WHERE key LIKE '%127.0.0.1' OR key LIKE '%::1' OR key LIKE '%::ffff:127.0.0.1'`);
  } finally {
    await client.end();
  }
}
