import { describe, expect, it } from "vitest";
import { brandAccent, contrast } from "./brand";
import { safeHttpUrl } from "./contact-link";
import { pickText } from "./localized-text";

describe("brandAccent", () => {
  it("keeps a brand colour that stands out against white (3:1) and replaces one that does not", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(brandAccent("#B91C1C")).toBe("#b91c1c");
    expect(brandAccent("#fde047")).toBe("#1d4ed8"); // yellow on white: about 1.2:1
    expect(brandAccent("red")).toBe("#1d4ed8");
    expect(brandAccent(null)).toBe("#1d4ed8");
  });
});

describe("safeHttpUrl", () => {
  it("links only http(s) addresses", () => {
    expect(safeHttpUrl("https://example.org/x")).toBe("https://example.org/x");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,hi")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
  });
});

describe("pickText", () => {
  it("prefers the page's language and otherwise marks the other one", () => {
    expect(pickText({ nl: "Hallo", en: "Hello" }, "en")).toEqual({ text: "Hello", lang: "en" });
    expect(pickText({ nl: "Hallo" }, "en")).toEqual({ text: "Hallo", lang: "nl" });
    expect(pickText({}, "nl")).toBeNull();
  });
});
