/**
 * Runs Next.js as a child of this process with the database URL and secret, and shuts both the
 * app and the embedded PostgreSQL down cleanly on Ctrl-C / SIGTERM.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateAll } from "../../lib/kernel/db/migrations";
import { DATA_DIR, type Database } from "./database";
import { ownBuildWarnings } from "./build-warnings";
import { legacyFileSteps } from "./legacy-files";
import { StartupProblem } from "../../lib/kernel/startup-problem";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
// Serves Next's own request handlers and records each request's socket address (see the file).
const HTTP_SERVER = path.join(process.cwd(), "scripts", "lib", "http-server.mjs");

/** Newest modification time under the folders a production build depends on. */
function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    // A single file (proxy.ts, next.config.js) counts by itself.
    if (!statSync(dir).isDirectory()) {
      newest = Math.max(newest, statSync(dir).mtimeMs);
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

/** Runs `next build`, showing its output as it comes and keeping it for the warning check. */
function runBuild(env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], { stdio: ["inherit", "pipe", "pipe"], env });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
      process.stderr.write(d);
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Build once, and again only when the sources changed since the last build. A warning of the
 * build about Charta's own code fails the build on CI (the e2e server builds through here) and is
 * repeated at the end elsewhere.
 */
export async function buildIfNeeded(env: NodeJS.ProcessEnv): Promise<void> {
  const buildId = path.join(process.cwd(), ".next", "BUILD_ID");
  const fresh =
    existsSync(buildId) &&
    statSync(buildId).mtimeMs >
      newestSource([
        "app",
        "components",
        "lib",
        "public",
        "proxy.ts",
        "next.config.js",
        "instrumentation.ts",
        "instrumentation-node.ts",
        "instrumentation-client.ts",
      ]);
  if (fresh) return;
  console.log("Building Charta (first run or sources changed; this takes a minute or two)…");
  const { code, output } = await runBuild(env);
  if (code !== 0) throw new StartupProblem("next build failed: its output above says why.");
  const warnings = ownBuildWarnings(output);
  if (!warnings.length) return;
  const list = warnings.map((w) => `  ${w.location}: ${w.message}`).join("\n");
  if (process.env.CI) {
    // The build is complete but must not be used: the next run builds again instead of trusting it.
    rmSync(buildId, { force: true });
    throw new Error(`next build warned about Charta's own code:\n${list}`);
  }
  console.warn(`next build warned about Charta's own code (CI fails on this):\n${list}`);
}

export async function migrateEverything(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  try {
    const result = await migrateAll(pool, { steps: legacyFileSteps(DATA_DIR) });
    for (const c of result.cities) for (const line of c.notes) console.log(`${c.slug}: ${line}`);
    if (result.failed.length) {
      throw new StartupProblem(`Migration failed for: ${result.failed.map((f) => `${f.slug} (${f.error})`).join("; ")}`);
    }
  } finally {
    await pool.end();
  }
}

/**
 * Next's default cache kept rendered public pages and tagged data on disk
 * (.next/server/route-cache, .next/cache/fetch-cache) across restarts; Charta's cache handler keeps
 * them in memory only (lib/kernel/cache/page-cache-handler.mjs), but a build started by an older version
 * may have left them. They belong to the database they were rendered from, so every start begins
 * with them gone.
 */
function clearRuntimeCaches(): void {
  for (const dir of [path.join(".next", "server", "route-cache"), path.join(".next", "cache", "fetch-cache")]) {
    rmSync(path.join(process.cwd(), dir), { recursive: true, force: true });
  }
}

export function runNext(mode: "dev" | "start", port: number, db: Database, env: NodeJS.ProcessEnv): Promise<number> {
  if (mode === "start") clearRuntimeCaches();
  const child = spawn(process.execPath, [HTTP_SERVER, mode, String(port)], { stdio: "inherit", env });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  // From here on the app's exit decides when the database stops (db.close below).
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  return new Promise((resolve) => {
    child.on("exit", async (code) => {
      await db.close();
      resolve(code ?? 0);
    });
  });
}
