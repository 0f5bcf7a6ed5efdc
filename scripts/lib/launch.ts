/**
 * Runs Next.js as a child of this process with the database URL and secret, and shuts both the
 * app and the embedded PostgreSQL down cleanly on Ctrl-C / SIGTERM.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateAll } from "../../lib/db/migrations";
import type { Database } from "./database";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

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

/** Build once, and again only when the sources changed since the last build. */
export function buildIfNeeded(env: NodeJS.ProcessEnv): void {
  const buildId = path.join(process.cwd(), ".next", "BUILD_ID");
  const fresh =
    existsSync(buildId) && statSync(buildId).mtimeMs > newestSource(["app", "components", "lib", "public", "proxy.ts", "next.config.js"]);
  if (fresh) return;
  console.log("Building Charta (first run or sources changed; this takes a minute or two)…");
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env });
  if (r.status !== 0) throw new Error("next build failed");
}

export async function migrateEverything(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  try {
    const result = await migrateAll(pool);
    if (result.failed.length) {
      throw new Error(`Migration failed for: ${result.failed.map((f) => `${f.slug} (${f.error})`).join("; ")}`);
    }
  } finally {
    await pool.end();
  }
}

/**
 * Next's default cache kept rendered public pages and tagged data on disk
 * (.next/server/route-cache, .next/cache/fetch-cache) across restarts; Charta's cache handler keeps
 * them in memory only (lib/cache/page-cache-handler.mjs), but a build started by an older version
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
  const child = spawn(process.execPath, [NEXT_BIN, mode, "-p", String(port)], { stdio: "inherit", env });
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
