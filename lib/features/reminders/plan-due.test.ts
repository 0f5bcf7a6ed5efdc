import { describe, expect, it } from "vitest";
import { indicatorDueDate, isActionPastDue, isReminderDue, periodFloor } from "./plan-due";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("indicator updates", () => {
  it("are due once the period after the latest measured one has ended", () => {
    const base = { createdAt: d("2020-01-01"), planStart: d("2020-01-01") };
    expect(indicatorDueDate({ ...base, frequency: "yearly", latestPeriodStart: d("2024-01-01") })).toEqual(d("2026-01-01"));
    expect(indicatorDueDate({ ...base, frequency: "quarterly", latestPeriodStart: d("2024-07-01") })).toEqual(d("2025-01-01"));
    expect(indicatorDueDate({ ...base, frequency: "monthly", latestPeriodStart: d("2024-12-01") })).toEqual(d("2025-02-01"));
  });

  it("without measurements, are due when the period in which counting started has ended", () => {
    expect(indicatorDueDate({ frequency: "yearly", latestPeriodStart: null, createdAt: d("2025-03-10"), planStart: d("2024-01-01") })).toEqual(d("2026-01-01"));
    // Created before the plan starts: the plan's first period counts.
    expect(indicatorDueDate({ frequency: "quarterly", latestPeriodStart: null, createdAt: d("2024-11-02"), planStart: d("2025-02-01") })).toEqual(
      d("2025-04-01"),
    );
  });

  it("remind once per due date", () => {
    const due = d("2026-01-01");
    expect(isReminderDue(due, null, d("2025-12-31"))).toBe(false);
    expect(isReminderDue(due, null, d("2026-01-01"))).toBe(true);
    expect(isReminderDue(due, d("2026-01-02"), d("2026-02-01"))).toBe(false);
    expect(isReminderDue(due, d("2025-01-05"), d("2026-02-01"))).toBe(true);
  });

  it("floor dates to their period", () => {
    expect(periodFloor(d("2024-08-17"), "quarterly")).toEqual(d("2024-07-01"));
    expect(periodFloor(d("2024-08-17"), "yearly")).toEqual(d("2024-01-01"));
  });
});

describe("actions past due", () => {
  it("are those whose due date is before today and that are neither done nor cancelled", () => {
    const now = new Date("2025-05-10T09:00:00Z");
    expect(isActionPastDue({ dueDate: d("2025-05-09"), status: "on_track" }, now)).toBe(true);
    expect(isActionPastDue({ dueDate: d("2025-05-10"), status: "on_track" }, now)).toBe(false);
    expect(isActionPastDue({ dueDate: d("2025-05-09"), status: "done" }, now)).toBe(false);
    expect(isActionPastDue({ dueDate: d("2025-05-09"), status: "cancelled" }, now)).toBe(false);
    expect(isActionPastDue({ dueDate: null, status: "delayed" }, now)).toBe(false);
  });
});
