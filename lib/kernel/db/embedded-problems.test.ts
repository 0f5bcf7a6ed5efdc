import { describe, expect, it } from "vitest";
import { StartupProblem, describeFailure } from "@/lib/kernel/startup-problem";
import { initdbFailed, portInUse, reasonIn, startFailed } from "./embedded-problems";

// PostgreSQL 15's own words when another program holds the port (captured from the packaged server).
const PORT_TAKEN = [
  "2026-12-07 15:21:41.060 UTC [20261] LOG:  starting PostgreSQL 15.18 on x86_64-pc-linux-gnu, compiled by gcc (Ubuntu 7.5.0-3ubuntu1~18.04) 7.5.0, 64-bit",
  '2026-12-07 15:21:41.060 UTC [20261] LOG:  could not bind IPv4 address "127.0.0.1": Address already in use',
  "2026-12-07 15:21:41.060 UTC [20261] HINT:  Is another postmaster already running on port 38917? If not, wait a few seconds and retry.",
  '2026-12-07 15:21:41.060 UTC [20261] WARNING:  could not create listen socket for "127.0.0.1"',
  "2026-12-07 15:21:41.060 UTC [20261] FATAL:  could not create any TCP/IP sockets",
  "2026-12-07 15:21:41.067 UTC [20261] LOG:  database system is shut down",
  "",
].join("\n");

function oneSentence(message: string) {
  expect(message.split("\n")).toHaveLength(1);
  expect(message).toMatch(/\.$/);
}

describe("the embedded PostgreSQL's failures in one sentence", () => {
  it("a port taken between the check and the start: names the setting and a free port", () => {
    const e = startFailed(PORT_TAKEN, 38917, "EMBEDDED_PG_PORT", 38918);
    expect(e).toBeInstanceOf(StartupProblem);
    oneSentence(e.message);
    expect(e.message).toContain("Port 38917");
    expect(e.message).toContain("EMBEDDED_PG_PORT=38918");
  });

  it("the tests' own server names their setting; a tool with a fixed port names DATABASE_URL", () => {
    expect(portInUse(55030, "TEST_PG_PORT", null).message).toMatch(/set TEST_PG_PORT to a free port\.$/);
    expect(portInUse(54359, null, 54360).message).toMatch(/set DATABASE_URL to a PostgreSQL server\.$/);
  });

  it("another failure quotes PostgreSQL's FATAL line, without the log prefix", () => {
    const output =
      '2026-12-07 15:21:41.060 UTC [1] FATAL:  data directory "/x/pg" has wrong ownership\n2026-12-07 15:21:41.060 UTC [1] HINT:  The server must be started by the user that owns the data directory.\n';
    const e = startFailed(output, 54329, "EMBEDDED_PG_PORT", null);
    oneSentence(e.message);
    expect(e.message).toContain('(FATAL:  data directory "/x/pg" has wrong ownership)');
    expect(reasonIn("")).toBe("no output");
  });

  it("initdb's error line", () => {
    const e = initdbFailed("/srv/.data/pg", 'initdb: error: could not access directory "/srv/.data/pg": Permission denied\n');
    oneSentence(e.message);
    expect(e.message).toContain("Permission denied");
    expect(e.message).toContain("CHARTA_DATA_DIR");
  });

  it("a launcher prints the sentence alone, a bug with its stack, and never the bare word `undefined`", () => {
    expect(describeFailure(new StartupProblem("Port 1 is taken."))).toBe("Port 1 is taken.");
    expect(describeFailure(new Error("bug"))).toMatch(/^Error: bug\n\s+at /);
    const nothing = describeFailure(undefined);
    expect(nothing).not.toBe("undefined");
    oneSentence(nothing);
  });
});
