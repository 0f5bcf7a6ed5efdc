import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { forbidden, notFound, redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { isNotFoundError, withNotFound } from "./with-not-found";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("did not throw");
}

describe("withNotFound", () => {
  it("recognises what notFound() throws, and nothing else", () => {
    expect(isNotFoundError(thrown(() => notFound()))).toBe(true);
    expect(isNotFoundError(thrown(() => forbidden()))).toBe(false);
    expect(isNotFoundError(thrown(() => redirect("/login")))).toBe(false);
    expect(isNotFoundError(new Error("NEXT_HTTP_ERROR_FALLBACK;404"))).toBe(false);
  });

  it("renders the view in place of a page that says notFound(), and lets every other answer through", async () => {
    const page = withNotFound(
      async ({ id }: { id: string }) => {
        if (id === "missing") notFound();
        if (id === "elsewhere") redirect("/login");
        return `page ${id}`;
      },
      ({ id }) => `view ${id}`,
    );
    expect(await page({ id: "1" })).toBe("page 1");
    const rendered = JSON.stringify(await page({ id: "missing" }), (_k, v: unknown) => (typeof v === "function" ? v.name : v));
    expect(rendered).toContain("view missing");
    expect(rendered).toContain("NotFoundStatus");
    await expect(page({ id: "elsewhere" })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });
});

/** Every page.tsx and layout.tsx under app/. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return /^(page|layout)\.tsx$/.test(e.name) ? [full] : [];
  });
}

it("every page or layout that says notFound() (or orNotFound) renders its not-found view itself (readable without JavaScript)", () => {
  const unwrapped = routeFiles(path.join(process.cwd(), "app")).filter((f) => {
    const source = readFileSync(f, "utf8");
    return /\b(notFound\(\)|orNotFound\()/.test(source) && !/\bwithNotFound\(/.test(source);
  });
  expect(unwrapped).toEqual([]);
});
