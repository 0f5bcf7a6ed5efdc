import { describe, expect, it } from "vitest";
import { isOverdue, meanProgress, rollup } from "./rollup";

describe("progress roll-up", () => {
  it("is the rounded mean of the actions' progress", () => {
    expect(
      meanProgress([
        { status: "on_track", progress: 10 },
        { status: "at_risk", progress: 25 },
      ]),
    ).toBe(18);
  });

  it("excludes cancelled actions and counts done ones as 100 %", () => {
    const actions = [
      { status: "on_track" as const, progress: 40 },
      { status: "cancelled" as const, progress: 0 },
      { status: "done" as const, progress: 80 },
    ];
    expect(rollup(actions)).toEqual({
      progress: 70,
      counted: 2,
      total: 3,
      byStatus: { not_started: 0, on_track: 1, at_risk: 0, delayed: 0, done: 1, cancelled: 1 },
    });
  });

  it("is unknown (null), not 0 %, without any counted action", () => {
    expect(meanProgress([])).toBeNull();
    expect(rollup([{ status: "cancelled", progress: 50 }]).progress).toBeNull();
  });

  it("weighs every action of a plan the same, not every objective", () => {
    // Objective A: one action at 0 %; objective B: three actions at 100 %. Mean of objectives
    // would be 50 %; the plan's rule (every action counts once) gives 75 %.
    const a = [{ status: "not_started" as const, progress: 0 }];
    const b = Array.from({ length: 3 }, () => ({ status: "on_track" as const, progress: 100 }));
    expect(meanProgress(a)).toBe(0);
    expect(meanProgress(b)).toBe(100);
    expect(meanProgress([...a, ...b])).toBe(75);
  });
});

describe("overdue", () => {
  it("is a passed due date on an action that is neither done nor cancelled", () => {
    expect(isOverdue({ status: "on_track", dueDate: "2024-01-01" }, "2024-01-02")).toBe(true);
    expect(isOverdue({ status: "on_track", dueDate: "2024-01-02" }, "2024-01-02")).toBe(false);
    expect(isOverdue({ status: "done", dueDate: "2024-01-01" }, "2024-06-01")).toBe(false);
    expect(isOverdue({ status: "cancelled", dueDate: "2024-01-01" }, "2024-06-01")).toBe(false);
    expect(isOverdue({ status: "delayed", dueDate: null }, "2024-06-01")).toBe(false);
  });
});
