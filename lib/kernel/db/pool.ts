import pg from "pg";

/**
 * One pg.Pool serves the control schema and every city: PrismaPg writes the schema into each
 * generated query, nothing is set on a connection, so sharing is safe (and works behind a
 * transaction-mode PgBouncer).
 */
const globalForPool = globalThis as unknown as { chartaPool?: pg.Pool };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Charta with `npm run demo`, `npm run dev` or `npm start` (they start an embedded PostgreSQL when DATABASE_URL is absent), or set DATABASE_URL.",
    );
  }
  return url;
}

export function getPool(): pg.Pool {
  if (!globalForPool.chartaPool) {
    globalForPool.chartaPool = new pg.Pool({
      connectionString: databaseUrl(),
      max: Number(process.env.DB_POOL_MAX ?? 10),
      idleTimeoutMillis: 30_000,
    });
    // An idle client that errors (server restart) must not crash the process.
    globalForPool.chartaPool.on("error", (err) => console.error(JSON.stringify({ level: "error", msg: "pg pool error", err: String(err) })));
  }
  return globalForPool.chartaPool;
}

export async function closePool(): Promise<void> {
  const pool = globalForPool.chartaPool;
  globalForPool.chartaPool = undefined;
  if (pool) await pool.end();
}
