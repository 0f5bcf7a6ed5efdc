import { describe, expect, it } from "vitest";
import { COMMITMENT_STATUSES } from "./schema";
import { statusContradiction } from "./status-consistency";

describe("a status its progress contradicts", () => {
  it("is 'not started' with any progress: in progress is suggested", () => {
    expect(statusContradiction("not_started", 60)).toEqual({ rule: "progressNotStarted", suggested: "in_progress" });
    expect(statusContradiction("not_started", 1)).toMatchObject({ suggested: "in_progress" });
    expect(statusContradiction("not_started", 0)).toBeNull();
  });

  it("is 100% without being in place (or under review): in place is suggested", () => {
    for (const s of ["not_started", "planned", "in_progress"] as const) {
      expect(statusContradiction(s, 100)).toEqual({ rule: "completeNotInPlace", suggested: "in_place" });
    }
    expect(statusContradiction("in_place", 100)).toBeNull();
    expect(statusContradiction("needs_review", 100)).toBeNull();
  });

  it("is nothing else: planned with preparation, in place below 100%, any status at 0 but the above", () => {
    expect(statusContradiction("planned", 10)).toBeNull();
    expect(statusContradiction("in_place", 80)).toBeNull();
    expect(statusContradiction("in_progress", 55)).toBeNull();
    for (const s of COMMITMENT_STATUSES) expect(statusContradiction(s, 0)).toBeNull();
  });
});
