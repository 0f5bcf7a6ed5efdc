/**
 * The PostgreSQL server the bench runs against: the one in DATABASE_URL, else an embedded server
 * of its own (.data/bench-pg, port 54359) so it never touches the demo's or the tests' data.
 * Scenarios work in a throwaway database `charta_bench` on that server, recreated on demand.
 */
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/kernel/db/embedded";
import { loadMigrations, migrateSchema, migrationsDir } from "../../lib/kernel/db/migrations";

export const BENCH_DATABASE = "charta_bench";
const EMBEDDED_DIR = ".data/bench-pg";
const EMBEDDED_PORT = 54359;

export interface BenchServer {
  /** `SHOW server_version`. */
  version: string;
  /** "embedded, same machine" or "DATABASE_URL host". */
  where: string;
  freshDatabase(): Promise<pg.Pool>;
  /** Closes the pools, drops nothing (the last state stays for inspection), stops an embedded server. */
  close(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = "/" + name;
  return u.toString();
}

export async function openBenchServer(): Promise<BenchServer> {
  const external = process.env.DATABASE_URL;
  const embedded = external ? null : await startEmbeddedPostgres({ dir: EMBEDDED_DIR, port: EMBEDDED_PORT, portSetting: null });
  const serverUrl = external ?? embedded!.url;
  // DROP DATABASE cannot run while connected to that database, so administer from another one.
  const given = decodeURIComponent(new URL(serverUrl).pathname.slice(1));
  const admin = new pg.Client({ connectionString: given === BENCH_DATABASE ? withDatabase(serverUrl, "postgres") : serverUrl });
  try {
    await admin.connect();
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  const { rows } = await admin.query<{ server_version: string }>("SHOW server_version");
  const controlMigrations = loadMigrations(migrationsDir("control"));
  if (!controlMigrations.length) {
    await admin.end();
    await embedded?.stop();
    throw new Error("No control migrations in prisma/control/migrations: nothing to benchmark against.");
  }

  let current: { pool: pg.Pool; retired: boolean } | null = null;
  const closePool = async () => {
    const old = current;
    current = null;
    if (!old) return;
    // pool.end() resolves before the sockets are closed, so the DROP … WITH (FORCE) that follows
    // may terminate them; those errors are expected and not worth a line on the console.
    old.retired = true;
    await old.pool.end();
  };

  return {
    version: rows[0]?.server_version ?? "unknown",
    where: external ? `DATABASE_URL host ${new URL(external).hostname}` : "embedded, same machine",
    async freshDatabase() {
      await closePool();
      await admin.query(`DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
      const fresh = { pool: new pg.Pool({ connectionString: withDatabase(serverUrl, BENCH_DATABASE), max: 10 }), retired: false };
      // An idle client that errors (server restart) must not crash the run without a message.
      fresh.pool.on("error", (err) => {
        if (!fresh.retired) console.error(`pg pool error: ${err.message}`);
      });
      current = fresh;
      await migrateSchema(fresh.pool, "control", controlMigrations);
      return fresh.pool;
    },
    async close() {
      await closePool();
      await admin.end().catch(() => undefined);
      await embedded?.stop();
    },
  };
}

/**
 * A fresh bench database that the app's own pool and clients use (DATABASE_URL): a scenario then
 * runs the app's code exactly as a request does.
 */
export async function freshAppDatabase(ctx: { freshDatabase(): Promise<pg.Pool> }): Promise<pg.Pool> {
  const pool = await ctx.freshDatabase();
  const url = pool.options.connectionString;
  if (!url) throw new Error("the bench pool has no connection string");
  process.env.DATABASE_URL = url;
  return pool;
}
