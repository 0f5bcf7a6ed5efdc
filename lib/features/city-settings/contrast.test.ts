import { describe, expect, it } from "vitest";
import { contrastRatio, contrastWithWhite, formatRatio } from "./contrast";

describe("contrast", () => {
  it("gives 21:1 for black on white and 1:1 for white on white", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastWithWhite("#FFFFFF")).toBeCloseTo(1, 5);
  });

  it("matches known WCAG values", () => {
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    expect(contrastWithWhite("#767676")).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite("#777777")).toBeLessThan(4.5);
    expect(contrastWithWhite("#1d4ed8")).toBeCloseTo(6.7, 1);
  });

  it("rounds down for display so a shown pass is a real pass", () => {
    expect(formatRatio(4.499)).toBe("4.4");
    expect(formatRatio(4.5)).toBe("4.5");
  });

  it("refuses anything but #rrggbb", () => {
    expect(() => contrastWithWhite("blue")).toThrow();
    expect(() => contrastWithWhite("#fff")).toThrow();
  });
});
