import { describe, expect, it } from "vitest";
import { toRawTable } from "@/lib/features/commitments/spreadsheet/read-table";
import { canonicalDecimal, parseDecimal } from "./import-types";
import { MEASUREMENT_SET } from "./measurement-columns";
import { formatBreakdown, parseBreakdown, planMeasurementImport, type MeasurementState } from "./plan-measurement-import";

const YEARLY = "11111111-1111-4111-8111-111111111111";
const QUARTERLY = "22222222-2222-4222-8222-222222222222";
const state: MeasurementState = {
  indicators: [
    { id: YEARLY, name: "Accessible buildings", unit: "%", frequency: "yearly", dimensions: ["district"] },
    { id: QUARTERLY, name: "Complaints handled", unit: "cases", frequency: "quarterly", dimensions: [] },
  ],
  measurements: [
    {
      id: "m1",
      indicatorId: YEARLY,
      period: "2023",
      periodStart: "2023-01-01",
      value: "48",
      breakdown: { district: { North: 50, South: 46 } },
      sourceNote: "Audit",
      version: 2,
    },
  ],
};

function plan(rows: string[][]) {
  const r = toRawTable(rows, MEASUREMENT_SET);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return planMeasurementImport(r.table, state);
}

const HEADER = ["indicator_id", "indicator", "period", "value", "breakdown", "source_note", "reason", "version"];

describe("measurement import plan", () => {
  it("adds new periods, corrects changed ones (with the version) and leaves equal ones", () => {
    const p = plan([
      HEADER,
      [YEARLY, "", "2024", "55,5", "district:South=52; district:North=59", "Audit", "", ""],
      [YEARLY, "", "2023", "49", "district:North=50; district:South=46", "Audit", "Typo", "2"],
      ["", "complaints handled", "2024-Q1", "12", "", "", "", ""],
      [YEARLY, "", "2022", "40", "", "", "", ""],
    ]);
    expect(p.counts).toEqual({ rows: 4, new: 3, change: 1, unchanged: 0, rejected: 0 });
    expect(p.applicable).toBe(true);
    expect(p.rows[0]).toMatchObject({
      outcome: "new",
      subject: "Accessible buildings · 2024",
      apply: { value: "55.5", periodStart: "2024-01-01", breakdown: { district: { South: 52, North: 59 } } },
    });
    expect(p.rows[1]).toMatchObject({ outcome: "change", measurementId: "m1", note: "Typo", changes: [{ field: "value", from: "48", to: "49" }] });
    expect(p.rows[2]).toMatchObject({ outcome: "new", indicatorId: QUARTERLY, apply: { periodStart: "2024-01-01" } });
    const same = plan([HEADER, [YEARLY, "", "2023", "48.00", "district:North=50;district:South=46", "Audit", "", "2"]]);
    expect(same.counts.unchanged).toBe(1);
    expect(same.applicable).toBe(false);
  });

  it("refuses bad rows with the reason, and then the whole file", () => {
    const p = plan([
      HEADER,
      [YEARLY, "", "2024", "55", "", "", "", ""],
      [YEARLY, "", "2024-Q1", "1", "", "", "", ""],
      [YEARLY, "", "2025", "abc", "", "", "", ""],
      [YEARLY, "", "2026", "1", "gender:women=3", "", "", ""],
      [YEARLY, "", "2027", "1", "district North 3", "", "", ""],
      ["", "Unknown indicator", "2024", "1", "", "", "", ""],
      ["", "", "2024", "1", "", "", "", ""],
      [YEARLY, "", "2024", "56", "", "", "", ""],
      [YEARLY, "", "2023", "47", "", "", "", "1"],
    ]);
    expect(p.applicable).toBe(false);
    expect(p.rows.map((r) => [r.line, r.outcome, r.problems.map((x) => x.code)])).toEqual([
      [2, "new", []],
      [3, "rejected", ["period_yearly"]],
      [4, "rejected", ["valueInvalid"]],
      [5, "rejected", ["breakdownDimension"]],
      [6, "rejected", ["breakdownInvalid"]],
      [7, "rejected", ["unknownIndicator"]],
      [8, "rejected", ["missingIndicator"]],
      [9, "rejected", ["duplicatePeriod"]],
      [10, "rejected", ["versionStale"]],
    ]);
    expect(p.rows[1]!.problems[0]!.vars).toEqual({ value: "2024-Q1", example: "2024" });
    expect(p.rows[7]!.problems[0]!.vars).toEqual({ line: 2 });
  });
});

describe("numbers and breakdowns", () => {
  it("reads decimal commas and writes one canonical form", () => {
    expect(parseDecimal("12,50")).toBe("12.5");
    expect(parseDecimal(" 007 ")).toBe("7");
    expect(parseDecimal("1.23456")).toBeNull();
    expect(parseDecimal("1e3")).toBeNull();
    expect(canonicalDecimal("-0.0")).toBe("0");
  });

  it("round-trips a breakdown through its text form", () => {
    const text = formatBreakdown({ district: { South: 46, North: 50.5 }, age_group: { "65+": 3 } });
    expect(text).toBe("age_group:65+=3; district:North=50.5; district:South=46");
    expect(parseBreakdown(text)).toEqual({ ok: true, value: { age_group: { "65+": 3 }, district: { North: 50.5, South: 46 } } });
    expect(parseBreakdown("district:North=1; district:North=2")).toEqual({ ok: false, part: "district:North=2" });
  });
});
