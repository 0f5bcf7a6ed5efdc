import { describe, expect, it } from "vitest";
import { lastDayOfYear, nextPeriod, parsePeriod, periodEnd } from "./periods";
import { assessTarget, expectedAt } from "./target-status";
import { pathRows } from "./target-path";

const higher = { direction: "higher" as const, baselineValue: 40, baselineYear: 2020, targetValue: 60, targetYear: 2030 };
const frequencyOf = (period: string) => (period.includes("Q") ? "quarterly" : period.length === 7 ? "monthly" : "yearly");
const m = (period: string, value: number) => ({ period, periodStart: parsePeriod(period, frequencyOf(period))!.start, value });

describe("the path from baseline to target", () => {
  it("runs from the end of the baseline year to the end of the target year, flat before and after", () => {
    // The end of 2020 is 2021.0, the end of 2030 is 2031.0: halfway is the end of 2025.
    expect(expectedAt(higher, 2026)).toBe(50);
    expect(expectedAt(higher, 2021)).toBe(40);
    expect(expectedAt(higher, 2019)).toBe(40);
    expect(expectedAt(higher, 2031)).toBe(60);
    expect(expectedAt(higher, 2032)).toBe(60);
  });

  it("a target year means its last day; a period ends where the next begins", () => {
    expect(lastDayOfYear(2029)).toBe("2029-12-31");
    expect(periodEnd("2029-01-01", "yearly")).toBe(2030);
    expect(periodEnd("2029-10-01", "quarterly")).toBe(2030);
    expect(periodEnd("2029-12-01", "monthly")).toBeCloseTo(2030);
    expect(nextPeriod({ label: "2029-Q4", start: "2029-10-01" }, "quarterly")).toEqual({ label: "2030-Q1", start: "2030-01-01" });
    expect(nextPeriod({ label: "2029-12", start: "2029-12-01" }, "monthly")).toEqual({ label: "2030-01", start: "2030-01-01" });
  });
});

describe("status against target", () => {
  it("is on track when the latest value is at or above the path (higher is better)", () => {
    expect(assessTarget(higher, [m("2021", 30), m("2025", 50)])).toEqual({
      status: "on_track",
      missing: null,
      basis: "period",
      latest: { period: "2025", value: 50 },
      expected: 50,
    });
    expect(assessTarget(higher, [m("2025", 49.9)]).status).toBe("off_track");
  });

  it("compares the figure of the target year with the target itself, not with a value a year short of it", () => {
    const t = { direction: "higher" as const, baselineValue: 0, baselineYear: 2024, targetValue: 500, targetYear: 2029 };
    // Before: 2029 started at 2029.0, where the path expected 400, so 450 read as on track.
    expect(assessTarget(t, [m("2029", 450)])).toMatchObject({ status: "off_track", expected: 500 });
    expect(assessTarget({ ...t, frequency: "quarterly" }, [m("2029-Q4", 500)])).toMatchObject({ status: "on_track", expected: 500 });
    expect(assessTarget({ ...t, frequency: "quarterly" }, [m("2029-Q3", 475)])).toMatchObject({ status: "on_track", expected: 475 });
  });

  it("reads the latest period, not the last one in the list", () => {
    expect(assessTarget(higher, [m("2026", 70), m("2024", 10)]).latest).toEqual({ period: "2026", value: 70 });
  });

  it("turns round when lower is better", () => {
    const lower = { direction: "lower" as const, baselineValue: 300, baselineYear: 2022, targetValue: 100, targetYear: 2026 };
    expect(assessTarget(lower, [m("2024", 200)]).status).toBe("on_track");
    expect(assessTarget(lower, [m("2024", 210)])).toMatchObject({ status: "off_track", expected: 200 });
    // 2025-Q2 ends at 2025.5, where the path (300 at the end of 2022, 100 at the end of 2026) expects 175.
    expect(assessTarget({ ...lower, frequency: "quarterly" }, [m("2025-Q2", 180)])).toMatchObject({ status: "off_track", expected: 175 });
  });

  it("after the target year the target itself is expected", () => {
    expect(assessTarget(higher, [m("2031", 59)])).toMatchObject({ status: "off_track", expected: 60 });
  });

  it("says which figure it compared: the latest period's own (per period) or the running total (cumulative)", () => {
    expect(assessTarget(higher, [m("2025", 50)]).basis).toBe("period");
    expect(assessTarget({ ...higher, accumulation: "per_period" }, [m("2025", 50)]).basis).toBe("period");
    const cumulative = { ...higher, accumulation: "cumulative" as const };
    expect(assessTarget(cumulative, [m("2024", 45), m("2025", 50)])).toMatchObject({ basis: "total", status: "on_track", latest: { value: 50 } });
  });

  it("is no data without measurements, baseline or target, and says which is missing", () => {
    expect(assessTarget(higher, [])).toMatchObject({ status: "no_data", missing: "measurements", latest: null });
    expect(assessTarget({ ...higher, baselineYear: null }, [m("2024", 1)])).toMatchObject({ status: "no_data", missing: "baseline" });
    expect(assessTarget({ ...higher, targetValue: null }, [m("2024", 1)])).toMatchObject({ status: "no_data", missing: "target" });
  });
});

describe("the chart's rows: measured and expected per period", () => {
  const t = { direction: "higher" as const, baselineValue: 100, baselineYear: 2024, targetValue: 500, targetYear: 2028, frequency: "yearly" as const };

  it("fill every year from baseline to target, with the path at each and the measurements where they are", () => {
    expect(pathRows(t, [m("2025", 150), m("2026", 330)])).toEqual([
      { period: "2024", measured: null, expected: 100, anchor: "baseline" },
      { period: "2025", measured: 150, expected: 200, anchor: null },
      { period: "2026", measured: 330, expected: 300, anchor: null },
      { period: "2027", measured: null, expected: 400, anchor: null },
      { period: "2028", measured: null, expected: 500, anchor: "target" },
    ]);
  });

  it("place the anchors at the last quarter of their years and leave the path empty outside them", () => {
    const rows = pathRows({ ...t, baselineYear: 2024, targetYear: 2025, frequency: "quarterly" }, [m("2024-Q3", 90), m("2026-Q1", 520)]);
    expect(rows.map((r) => r.period)).toEqual(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]);
    expect(rows.map((r) => r.expected)).toEqual([null, 100, 200, 300, 400, 500, null]);
    expect(rows[0]).toMatchObject({ measured: 90, anchor: null });
  });

  it("without a baseline or target hold the measurements only", () => {
    expect(pathRows({ ...t, targetValue: null }, [m("2025", 1), m("2027", 3)])).toEqual([
      { period: "2025", measured: 1, expected: null, anchor: null },
      { period: "2026", measured: null, expected: null, anchor: null },
      { period: "2027", measured: 3, expected: null, anchor: null },
    ]);
    expect(pathRows({ ...t, targetValue: null }, [])).toEqual([]);
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
