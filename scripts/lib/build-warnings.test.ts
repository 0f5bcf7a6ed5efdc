import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ownBuildWarnings } from "./build-warnings";

// The warning `next build` printed before evidence files moved into the database (issue 19, item 2),
// as captured from the build, colours included, plus one in a package that is not ours.
const output = readFileSync(path.join(import.meta.dirname, "fixtures", "turbopack-warnings.txt"), "utf8");

describe("ownBuildWarnings", () => {
  it("finds Turbopack's warnings that point into Charta's files and leaves packages' alone", () => {
    expect(ownBuildWarnings(output)).toEqual([
      { location: "lib/storage/evidence-files.ts:18:10", message: "Dynamic filesystem access causes tracing of the whole project" },
    ]);
  });

  it("finds nothing in a clean build's output", () => {
    expect(ownBuildWarnings("▲ Next.js 16.4.6 (Turbopack)\n✓ Compiled successfully in 2.7min\n  Finalizing page optimization ...\n")).toEqual([]);
  });
});
