import { describe, expect, it } from "vitest";
import { cachedBytes, keepBytes } from "./bytes-cache";

const mb = (n: number) => new Uint8Array(n * 1024 * 1024);

describe("the published files' bytes cache", () => {
  it("keeps files up to 32 MB in all, dropping the least recently used first", () => {
    for (const k of ["a", "b", "c", "d"]) keepBytes(k, mb(8));
    expect(cachedBytes("a")).toBeDefined(); // now the most recently used
    keepBytes("e", mb(8));
    expect(cachedBytes("b")).toBeUndefined();
    for (const k of ["a", "c", "d", "e"]) expect(cachedBytes(k), k).toBeDefined();
  });

  it("does not keep a file bigger than 8 MB", () => {
    keepBytes("big", mb(9));
    expect(cachedBytes("big")).toBeUndefined();
  });
});
