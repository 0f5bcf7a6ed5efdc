import { mkdtempSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import PageCacheHandler, { isErrorAnswer } from "./page-cache-handler.mjs";

const { nodeFs } = createRequire(import.meta.url)("next/dist/server/lib/node-fs-methods.js");

/** Room for about two of the pages below: the third evicts the least recently used. */
const MEMORY = 2_500;

function handler(serverDistDir: string) {
  // What Next's server passes at run time, with flushToDisk as next.config.js leaves it (true).
  return new PageCacheHandler({ fs: nodeFs, serverDistDir, flushToDisk: true, maxMemoryCacheSize: MEMORY, revalidatedTags: [], dev: false });
}

const page = (status: number, text: string) => ({
  kind: "APP_PAGE",
  html: `<html><body>${text}</body></html>`.padEnd(1_000, " "),
  rscData: Buffer.from(text),
  headers: { "x-next-cache-tags": "city:zonnestad" },
  status,
  postponed: undefined,
  segmentData: undefined,
});
const ctx = { cacheControl: { revalidate: 3600, expire: 31536000 }, isRoutePPREnabled: false, isFallback: false };
const key = (p: string) => `/route-cache/APP_PAGE/hash/$${p}`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true }) as string[];
}

describe("the page cache handler", () => {
  it("keeps pages in memory and writes nothing to disk", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "charta-page-cache-"));
    await handler(dir).set(key("/zonnestad/nl"), page(200, "home"), ctx);
    const hit = await handler(dir).get(key("/zonnestad/nl"), { kind: "APP_PAGE", isFallback: false, isRoutePPREnabled: false });
    expect((hit?.value as { html: string }).html).toContain("home");
    expect(filesUnder(dir)).toEqual([]);
  });

  it("never keeps a 404, so random URLs cannot take room", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "charta-page-cache-"));
    await handler(dir).set(key("/unknown/nl"), page(404, "not found"), ctx);
    await handler(dir).set(key("/api/public/x/nothing.csv"), { kind: "APP_ROUTE", body: Buffer.from("Not found"), status: 404, headers: {} }, ctx);
    expect(await handler(dir).get(key("/unknown/nl"), { kind: "APP_PAGE", isFallback: false, isRoutePPREnabled: false })).toBeNull();
    expect(await handler(dir).get(key("/api/public/x/nothing.csv"), { kind: "APP_ROUTE", isFallback: false })).toBeNull();
    expect(filesUnder(dir)).toEqual([]);
  });

  it("is bounded: a page beyond the budget evicts the least recently used one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "charta-page-cache-"));
    const get = (p: string) => handler(dir).get(key(p), { kind: "APP_PAGE", isFallback: false, isRoutePPREnabled: false });
    for (const p of ["/a/nl", "/b/nl", "/c/nl"]) await handler(dir).set(key(p), page(200, p), ctx);
    expect(await get("/a/nl")).toBeNull();
    expect(await get("/c/nl")).not.toBeNull();
  });

  it("tells error answers from pages", () => {
    expect(isErrorAnswer(page(404, ""))).toBe(true);
    expect(isErrorAnswer({ kind: "APP_ROUTE", status: 500 })).toBe(true);
    expect(isErrorAnswer(page(200, ""))).toBe(false);
    expect(isErrorAnswer({ kind: "FETCH", data: {} })).toBe(false);
    expect(isErrorAnswer(null)).toBe(false);
  });
});
