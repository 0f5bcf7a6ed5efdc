/**
 * `next start` as a child of the bench: on a free port, its output kept (and drained, so a full
 * pipe never stalls it) for the error message, stopped for sure — also when the bench process
 * exits early. Plus the builds the public-home scenario needs: Charta's own (.next, the same
 * check e2e/server.ts uses) and the trivial baseline app.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import { buildIfNeeded } from "../../scripts/lib/launch";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const HTTP_SERVER = path.join(ROOT, "scripts", "lib", "http-server.mjs");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface NextServer {
  url: string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Starts `next start [dir] -p <free port>` and resolves when `readyPath` answers below 500. */
export async function startNext(opts: { dir?: string; env: NodeJS.ProcessEnv; readyPath: string; log: (m: string) => void }): Promise<NextServer> {
  // Pages and tagged data cached by an earlier server belong to its database, not the bench's
  // fresh one: start empty, as scripts/lib/launch.ts runNext does.
  for (const dir of [path.join(".next", "server", "route-cache"), path.join(".next", "cache", "fetch-cache")]) {
    rmSync(path.join(opts.dir ?? ROOT, dir), { recursive: true, force: true });
  }
  const port = await freePort();
  const url = `http://localhost:${port}`;
  // Charta runs as in production (`npm start`): Next's handlers behind Charta's own HTTP server
  // (scripts/lib/http-server.mjs), which gives the workspace its 404 status and knows the client's
  // address. The baseline app (opts.dir) is a plain `next start`.
  const args = opts.dir ? [NEXT_BIN, "start", "-p", String(port)] : [HTTP_SERVER, "start", String(port)];
  const child = spawn(process.execPath, args, { cwd: opts.dir ?? ROOT, env: { ...opts.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  // However the bench ends, the server must not outlive it.
  const killOnExit = () => {
    if (!exited(child)) child.kill("SIGKILL");
  };
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (exited(child)) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => {
      if (!exited(child)) child.kill("SIGKILL");
    }, 10_000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`next start ${opts.dir ?? ""} exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
    try {
      const res = await fetch(url + opts.readyPath, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status < 500) {
        opts.log(`next start ${opts.dir ?? "(Charta)"} ready at ${url}`);
        return { url, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start ${opts.dir ?? ""} did not answer ${opts.readyPath} within 90 s:\n${output}`);
}

/** Is someone else's `next build` of this repository running right now? */
function buildRunning(): boolean {
  const ps = spawnSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return ps.stdout.split("\n").some((line) => /next(\/dist\/bin\/next)? build\b/.test(line) && !line.includes(".data/bench-baseline"));
}

/**
 * Charta's production build, rebuilt only when the sources changed (scripts/lib/launch.ts). Other
 * people build .next too: wait while their build runs, and retry a build that failed meanwhile.
 */
export async function buildCharta(env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    for (let waited = 0; buildRunning() && waited < 600; waited += 10) {
      if (waited % 60 === 0) log("another `next build` is running; waiting for it to finish…");
      await new Promise((r) => setTimeout(r, 10_000));
    }
    try {
      await buildIfNeeded(env);
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      log(`next build failed (attempt ${attempt}); retrying in 30 s…`);
      await new Promise((r) => setTimeout(r, 30_000));
    }
  }
}

const BASELINE_SOURCE = path.join(ROOT, "bench", "baseline-app");
/**
 * Built outside the repository (see bench/baseline-app/next.config.mjs for why), with
 * node_modules linked to Charta's so it uses the very same `next` and `react`.
 */
export const BASELINE_DIR = path.join(os.tmpdir(), "charta-bench-baseline-app");

function sourceFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.name === ".next" || e.name === "node_modules") return [];
    return e.isDirectory() ? sourceFiles(full, base) : [path.relative(base, full)];
  });
}

/** Copies bench/baseline-app to BASELINE_DIR and builds it with the same `next` as Charta when needed. */
export function buildBaseline(log: (m: string) => void): string {
  let changed = false;
  for (const rel of sourceFiles(BASELINE_SOURCE)) {
    const from = path.join(BASELINE_SOURCE, rel);
    const to = path.join(BASELINE_DIR, rel);
    if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
    changed = true;
  }
  const modules = path.join(BASELINE_DIR, "node_modules");
  const target = path.join(ROOT, "node_modules");
  let linked = false;
  try {
    linked = readlinkSync(modules) === target;
  } catch {
    // Missing, or not a link.
  }
  if (!linked) {
    rmSync(modules, { force: true, recursive: true });
    symlinkSync(target, modules, "dir");
    changed = true;
  }
  const buildId = path.join(BASELINE_DIR, ".next", "BUILD_ID");
  // A newer `next` (npm install) also means a rebuild.
  if (!changed && existsSync(buildId) && statSync(buildId).mtimeMs > statSync(NEXT_BIN).mtimeMs) return BASELINE_DIR;
  log(`building the baseline app (bench/baseline-app) in ${BASELINE_DIR}…`);
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: BASELINE_DIR,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`next build of the baseline app failed:\n${r.stdout}\n${r.stderr}`);
  if (existsSync(path.join(BASELINE_DIR, ".next", "server", "instrumentation.js"))) {
    throw new Error("the baseline build picked up an instrumentation file: it would not be a trivial Next app");
  }
  return BASELINE_DIR;
}
