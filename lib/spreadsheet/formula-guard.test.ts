import { describe, expect, it } from "vitest";
import { guardCell, unguardCell } from "./formula-guard";

describe("formula guard", () => {
  it("prefixes every formula trigger with an apostrophe", () => {
    for (const s of ['=HYPERLINK("http://x","y")', "+31 20 123", "-1+1", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(guardCell(s)).toBe(`'${s}`);
    }
  });

  it("leaves ordinary text, empty cells and inner triggers alone", () => {
    for (const s of ["", "Human rights office", "a=b", "'quoted'", "10 - 20", " =1"]) expect(guardCell(s)).toBe(s);
  });

  it("strips the apostrophe back on import, and only before a trigger", () => {
    for (const s of ["=1+1", "-note", "@x", "+1"]) expect(unguardCell(guardCell(s))).toBe(s);
    expect(unguardCell("'quoted'")).toBe("'quoted'");
    expect(unguardCell("'")).toBe("'");
  });
});
