import { describe, expect, it } from "vitest";
import { parseAsOf } from "./as-of";
import { addDays, isIsoDate, monthEnds } from "@/lib/kernel/dates";

describe("parseAsOf", () => {
  const today = "2026-03-10";
  it("defaults to today", () => {
    expect(parseAsOf(undefined, today)).toEqual({ asOf: today, problem: null });
    expect(parseAsOf("", today)).toEqual({ asOf: today, problem: null });
  });
  it("takes a real past date", () => {
    expect(parseAsOf("2025-02-28", today)).toEqual({ asOf: "2025-02-28", problem: null });
    expect(parseAsOf(["2024-02-29", "x"], today)).toEqual({ asOf: "2024-02-29", problem: null });
  });
  it("refuses dates that do not exist or are not written YYYY-MM-DD", () => {
    for (const bad of ["2025-02-30", "2025-2-3", "10-03-2026", "yesterday", "2025-13-01"]) {
      expect(parseAsOf(bad, today)).toEqual({ asOf: today, problem: "invalid" });
    }
  });
  it("refuses the future", () => {
    expect(parseAsOf("2026-03-11", today)).toEqual({ asOf: today, problem: "future" });
  });
});

describe("dates", () => {
  it("validates calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
  });
  it("adds days across months and years", () => {
    expect(addDays("2025-12-20", 30)).toBe("2026-01-19");
  });
  it("lists month ends ending with the day itself", () => {
    expect(monthEnds("2026-01-15", 3)).toEqual(["2025-11-30", "2025-12-31", "2026-01-15"]);
    expect(monthEnds("2026-01-15", 24)).toHaveLength(24);
    expect(monthEnds("2026-01-15", 24)[0]).toBe("2024-02-29");
  });
});
