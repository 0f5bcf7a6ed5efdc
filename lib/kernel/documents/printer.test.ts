import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { chromiumPath, printerProblem, printerState, recordLaunch } from "./printer";

const original = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (original === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = original;
  recordLaunch(chromiumPath(), null);
});

describe("the printer's state", () => {
  it("is ready when Chromium is installed at CHROMIUM_PATH", () => {
    expect(printerState()).toBe("ready");
    expect(printerProblem()).toBeNull();
  });

  it("is missing with a wrong CHROMIUM_PATH, and says what to set", () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    expect(printerState()).toBe("missing");
    expect(printerProblem()).toMatch(/not found at \/nonexistent\/chromium \(CHROMIUM_PATH\).*Word files are/);
  });

  it("is missing when the path is not an executable file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "charta-printer-"));
    writeFileSync(path.join(dir, "chromium"), "not a browser", { mode: 0o644 });
    process.env.CHROMIUM_PATH = path.join(dir, "chromium");
    expect(printerState()).toBe("missing");
    process.env.CHROMIUM_PATH = dir;
    expect(printerState()).toBe("missing");
  });

  it("is failed after a launch failed, until one succeeds", () => {
    recordLaunch(chromiumPath(), "spawn EACCES");
    expect(printerState()).toBe("failed");
    expect(printerProblem()).toContain("spawn EACCES");
    recordLaunch(chromiumPath(), null);
    expect(printerState()).toBe("ready");
  });
});
