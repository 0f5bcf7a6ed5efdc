import { describe, expect, it } from "vitest";
import { unstorableTextAt } from "./storable-text";

describe("text PostgreSQL cannot store", () => {
  it("finds NUL and lone surrogates anywhere in an input, with their path", () => {
    expect(unstorableTextAt({ title: "a\u0000b" })).toBe("title");
    expect(unstorableTextAt({ rows: [{ note: "ok" }, { note: "\ud800" }] })).toBe("rows.1.note");
    expect(unstorableTextAt({ tail: "x\udc00" })).toBe("tail");
    expect(unstorableTextAt("\u0000")).toBe("");
  });

  it("lets every real character through: accents, emoji (a proper surrogate pair), right-to-left text", () => {
    expect(unstorableTextAt({ title: "Één 😀 مرحبا ﬁ", n: 3, when: new Date(), list: ["a", "b"] })).toBeNull();
  });
});
