import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { SITE_ICON_VERSION } from "./site-icon";

it("the icon's link names the file as it is (a changed icon needs a new version, or browsers keep the old one)", () => {
  const sha = createHash("sha256")
    .update(readFileSync(path.join(process.cwd(), "public", "icon.svg")))
    .digest("hex");
  expect(sha.startsWith(SITE_ICON_VERSION)).toBe(true);
});
