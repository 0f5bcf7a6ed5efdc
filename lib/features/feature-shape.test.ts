import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every feature folder has the same shape (lib/features/README.md): a README that says what the
 * feature owns, its invariants, its routes and plug-in points, and the feature is in the route ↔
 * feature table. A new folder without them fails here.
 */
const FEATURES = path.join(process.cwd(), "lib/features");
const features = readdirSync(FEATURES).filter((name) => statSync(path.join(FEATURES, name)).isDirectory());
const checklist = readFileSync(path.join(FEATURES, "README.md"), "utf8");

describe("feature shape", () => {
  it("finds the features", () => {
    expect(features.length).toBeGreaterThanOrEqual(12);
  });

  for (const feature of features) {
    it(`${feature}: a README with what it owns, invariants, routes and plug-in points; listed in lib/features/README.md`, () => {
      const readme = path.join(FEATURES, feature, "README.md");
      expect(existsSync(readme), `lib/features/${feature}/README.md`).toBe(true);
      const text = readFileSync(readme, "utf8");
      expect(text).toMatch(/^# /);
      expect(text).toMatch(/\*\*Owns\*\*/);
      for (const heading of ["## Invariants", "## Routes", "## Plug-in points"]) {
        expect(text, `${feature} README: ${heading}`).toMatch(new RegExp(`^${heading}`, "m"));
      }
      expect(checklist, `lib/features/README.md names ${feature}`).toContain(`\`${feature}\``);
    });
  }
});
