import { describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => [] as { keyParts: string[]; options: unknown }[]);
vi.mock("next/cache", () => ({
  unstable_cache: (_fn: () => unknown, keyParts: string[], options: unknown) => {
    calls.push({ keyParts, options });
    return async () => ({ cached: keyParts.join("/") });
  },
}));

const { getPublication } = await import("./read-publication");

describe("getPublication", () => {
  it("caches per city: the key and the tag carry the slug, and only a revalidation expires it", async () => {
    expect(await getPublication("zonnestad")).toEqual({ cached: "publication/zonnestad" });
    await getPublication("riverton");
    expect(calls).toEqual([
      { keyParts: ["publication", "zonnestad"], options: { tags: ["city:zonnestad"], revalidate: false } },
      { keyParts: ["publication", "riverton"], options: { tags: ["city:riverton"], revalidate: false } },
    ]);
  });

  it("never caches a slug that cannot exist", async () => {
    calls.length = 0;
    expect(await getPublication("../../etc")).toBeNull();
    expect(await getPublication("A B")).toBeNull();
    expect(calls).toEqual([]);
  });
});
