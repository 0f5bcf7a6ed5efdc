/**
 * The embedded PostgreSQL survives what happens to a developer's laptop: data kept across
 * restarts, a stale pid file after a crash, and a server orphaned by a SIGKILLed parent.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/kernel/db/embedded";

// Under .data/ (not the OS temp dir): as root, PostgreSQL runs as the `postgres` user and must be
// able to traverse the parent folders.
const dir = path.join(process.cwd(), ".data", `embedded-test-${randomBytes(3).toString("hex")}`);
const port = 54400 + Math.floor(Math.random() * 80);

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

function pidOf(): number {
  return Number(readFileSync(path.join(dir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a start", async () => {
    const first = await startEmbeddedPostgres({ dir, port });
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    expect(existsSync(path.join(dir, "pg", "postmaster.pid"))).toBe(false);
    const second = await startEmbeddedPostgres({ dir, port });
    expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    await second.stop();
  }, 60_000);

  it("starts despite a stale postmaster.pid left by a crash", async () => {
    // A pid that cannot be running: beyond the kernel's pid range.
    writeFileSync(path.join(dir, "pg", "postmaster.pid"), `4194999\n${path.join(dir, "pg")}\n0\n${port}\n`);
    const h = await startEmbeddedPostgres({ dir, port });
    expect(await query(h.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    await h.stop();
  }, 60_000);

  it("adopts a server orphaned by a SIGKILLed parent, and stops it", async () => {
    const script = `import { startEmbeddedPostgres } from "./lib/kernel/db/embedded.ts";
      await startEmbeddedPostgres({ dir: ${JSON.stringify(dir)}, port: ${port} });
      console.log("ready"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
      child.on("exit", (code) => reject(new Error(`child exited ${code}`)));
    });
    const pid = pidOf();
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(alive(pid)).toBe(true); // PostgreSQL outlives its parent: the orphan the next start meets

    const h = await startEmbeddedPostgres({ dir, port: port + 1, adopt: true });
    expect(h.owned).toBe(true);
    expect(await query(h.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    await h.stop();
    expect(alive(pid)).toBe(false);
  }, 90_000);
});
