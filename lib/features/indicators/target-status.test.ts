import { describe, expect, it } from "vitest";
import { parsePeriod, periodYear } from "./periods";
import { assessTarget, expectedAt } from "./target-status";

const higher = { direction: "higher" as const, baselineValue: 40, baselineYear: 2020, targetValue: 60, targetYear: 2030 };
const m = (period: string, value: number) => ({ period, periodStart: parsePeriod(period, period.includes("Q") ? "quarterly" : "yearly")!.start, value });

describe("the path from baseline to target", () => {
  it("is a straight line between the two years, flat before and after", () => {
    expect(expectedAt(higher, 2025)).toBe(50);
    expect(expectedAt(higher, 2019)).toBe(40);
    expect(expectedAt(higher, 2032)).toBe(60);
    expect(expectedAt(higher, periodYear("2022-07-01"))).toBeCloseTo(45);
  });
});

describe("status against target", () => {
  it("is on track when the latest value is at or above the path (higher is better)", () => {
    expect(assessTarget(higher, [m("2021", 30), m("2025", 50)])).toEqual({
      status: "on_track",
      missing: null,
      latest: { period: "2025", value: 50 },
      expected: 50,
    });
    expect(assessTarget(higher, [m("2025", 49.9)]).status).toBe("off_track");
  });

  it("reads the latest period, not the last one in the list", () => {
    expect(assessTarget(higher, [m("2026", 70), m("2024", 10)]).latest).toEqual({ period: "2026", value: 70 });
  });

  it("turns round when lower is better", () => {
    const lower = { direction: "lower" as const, baselineValue: 300, baselineYear: 2022, targetValue: 100, targetYear: 2026 };
    expect(assessTarget(lower, [m("2024", 200)]).status).toBe("on_track");
    expect(assessTarget(lower, [m("2024", 210)])).toMatchObject({ status: "off_track", expected: 200 });
    // Quarters sit between the years: 2024-Q3 starts at 2024.5, where the path expects 175.
    expect(assessTarget(lower, [m("2024-Q3", 180)])).toMatchObject({ status: "off_track", expected: 175 });
  });

  it("after the target year the target itself is expected", () => {
    expect(assessTarget(higher, [m("2031", 59)])).toMatchObject({ status: "off_track", expected: 60 });
  });

  it("is no data without measurements, baseline or target, and says which is missing", () => {
    expect(assessTarget(higher, [])).toMatchObject({ status: "no_data", missing: "measurements", latest: null });
    expect(assessTarget({ ...higher, baselineYear: null }, [m("2024", 1)])).toMatchObject({ status: "no_data", missing: "baseline" });
    expect(assessTarget({ ...higher, targetValue: null }, [m("2024", 1)])).toMatchObject({ status: "no_data", missing: "target" });
  });
});

describe("periods", () => {
  it("accept only the form of the indicator's frequency", () => {
    expect(parsePeriod("2024", "yearly")).toEqual({ label: "2024", start: "2024-01-01" });
    expect(parsePeriod("2024-Q3", "quarterly")).toEqual({ label: "2024-Q3", start: "2024-07-01" });
    expect(parsePeriod("2024-11", "monthly")).toEqual({ label: "2024-11", start: "2024-11-01" });
    expect(parsePeriod("2024-Q3", "yearly")).toBeNull();
    expect(parsePeriod("2024-13", "monthly")).toBeNull();
    expect(parsePeriod("24", "yearly")).toBeNull();
  });
});
