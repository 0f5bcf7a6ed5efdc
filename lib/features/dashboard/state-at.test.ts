import { describe, expect, it } from "vitest";
import { monthEnds } from "@/lib/kernel/dates";
import { commitment, update } from "./fixtures.test-helpers";
import { progressTrend } from "./rollup";
import { history, stateOn } from "./state-at";

describe("state on a past date", () => {
  // Read back from today's row: each field had the "from" value of the first later update that changed it.
  // Created 1 Jan 2024 (not started, 0 %), then: planned/10 % in March, in progress/40 % in June,
  // maturity initiated in September, in place/100 % in 2025. Today's row holds the newest values.
  const c = commitment({ status: "in_place", progress: 100, maturity: "initiated", createdAt: new Date("2024-01-01T10:00:00Z") });
  const updates = [
    update(c.id, "2024-03-10T09:00:00Z", { fromStatus: "not_started", toStatus: "planned", fromProgress: 0, toProgress: 10 }),
    update(c.id, "2024-06-01T12:00:00Z", { fromStatus: "planned", toStatus: "in_progress", fromProgress: 10, toProgress: 40 }),
    update(c.id, "2024-09-05T08:00:00Z", { fromMaturity: "none", toMaturity: "initiated" }),
    update(c.id, "2025-02-01T16:00:00Z", { fromStatus: "in_progress", toStatus: "in_place", fromProgress: 40, toProgress: 100 }),
  ];

  it("before any update: the values before the first change of each field", () => {
    const [s] = stateOn([c], updates, "2024-02-01");
    expect(s).toMatchObject({ status: "not_started", progress: 0, maturity: "none" });
  });

  it("between updates: the last change of each field up to that day", () => {
    expect(stateOn([c], updates, "2024-07-01")[0]).toMatchObject({ status: "in_progress", progress: 40, maturity: "none" });
    expect(stateOn([c], updates, "2024-12-31")[0]).toMatchObject({ status: "in_progress", progress: 40, maturity: "initiated" });
  });

  it("counts everything that happened on the day itself", () => {
    expect(stateOn([c], updates, "2024-06-01")[0]).toMatchObject({ status: "in_progress", progress: 40 });
    expect(stateOn([c], updates, "2024-05-31")[0]).toMatchObject({ status: "planned", progress: 10 });
  });

  it("after the last update: today's values", () => {
    expect(stateOn([c], updates, "2025-06-01")[0]).toMatchObject({ status: "in_place", progress: 100, maturity: "initiated" });
  });

  it("a commitment created after the date does not count", () => {
    const later = commitment({ createdAt: new Date("2024-08-01T00:00:00Z"), progress: 80 });
    expect(stateOn([c, later], updates, "2024-07-31").map((x) => x.id)).toEqual([c.id]);
    expect(stateOn([c, later], updates, "2024-08-01").map((x) => x.id)).toEqual([c.id, later.id]);
  });

  it("a commitment without updates keeps its values since it was created", () => {
    const quiet = commitment({ status: "planned", progress: 5, createdAt: new Date("2024-01-01T00:00:00Z") });
    expect(stateOn([quiet], [], "2024-05-01")[0]).toMatchObject({ status: "planned", progress: 5 });
  });

  it("needs only the updates after the date", () => {
    const later = updates.filter((u) => u.at > new Date("2024-07-01T23:59:59.999Z"));
    expect(stateOn([c], later, "2024-07-01")).toEqual(stateOn([c], updates, "2024-07-01"));
  });

  it("does not depend on the order the updates are given in", () => {
    const shuffled = [updates[2]!, updates[0]!, updates[3]!, updates[1]!];
    expect(stateOn([c], shuffled, "2024-07-01")).toEqual(stateOn([c], updates, "2024-07-01"));
  });

  it("feeds the monthly trend: the mean progress at each month's end", () => {
    const other = commitment({ progress: 50, createdAt: new Date("2024-04-15T00:00:00Z") });
    const days = monthEnds("2024-06-20", 6);
    expect(days).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-20"]);
    const trend = progressTrend(history([c, other], updates), days);
    expect(trend.map((p) => [p.count, p.progress])).toEqual([
      [1, 0],
      [1, 0],
      [1, 10],
      [2, 30],
      [2, 30],
      [2, 45],
    ]);
    expect(progressTrend(history([c], updates), ["2023-12-31"])[0]).toMatchObject({ count: 0, progress: null });
  });
});
