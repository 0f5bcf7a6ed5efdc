import { describe, expect, it } from "vitest";
import { commitment } from "./fixtures.test-helpers";
import {
  charterCoverage,
  departmentRollups,
  dueSoonList,
  isDueSoon,
  isOverdue,
  layerRollups,
  maturityByElement,
  meanProgress,
  overdueList,
  percent,
  rollup,
  sdgCoverage,
} from "./rollup";

describe("progress roll-up", () => {
  it("is the mean of the commitments' progress, each counting equally", () => {
    expect(meanProgress([commitment({ progress: 10 }), commitment({ progress: 20 }), commitment({ progress: 60 })])).toBe(30);
  });

  it("has no figure without commitments (not 0 %)", () => {
    expect(meanProgress([])).toBeNull();
    expect(rollup([]).progress).toBeNull();
    expect(percent(null)).toBeNull();
  });

  it("rounds only for display, half up", () => {
    const cs = [commitment({ progress: 33 }), commitment({ progress: 34 })];
    expect(meanProgress(cs)).toBe(33.5);
    expect(percent(meanProgress(cs))).toBe(34);
    expect(percent(100 / 3)).toBe(33);
  });

  it("computes layers separately and overall over all commitments (not the mean of the layers)", () => {
    const cs = [
      commitment({ layer: "foundation", progress: 100 }),
      commitment({ layer: "structure", progress: 0 }),
      commitment({ layer: "structure", progress: 0 }),
      commitment({ layer: "structure", progress: 0 }),
    ];
    const layers = layerRollups(cs);
    expect(layers.map((l) => [l.layer, l.count, l.progress])).toEqual([
      ["foundation", 1, 100],
      ["structure", 3, 0],
      ["tool", 0, null],
    ]);
    // Mean of the two layer figures would be 50; every commitment counting equally gives 25.
    expect(rollup(cs).progress).toBe(25);
  });

  it("counts every status, zeros included", () => {
    const r = rollup([commitment({ status: "in_place" }), commitment({ status: "in_place" }), commitment({ status: "planned" })]);
    expect(r.statuses).toEqual({ not_started: 0, planned: 1, in_progress: 0, in_place: 2, needs_review: 0 });
  });
});

describe("overdue and due soon", () => {
  const today = "2025-06-15";

  it("overdue: a target date before today and not in place", () => {
    expect(isOverdue(commitment({ targetDate: "2025-06-14", status: "in_progress" }), today)).toBe(true);
    expect(isOverdue(commitment({ targetDate: "2025-06-14", status: "in_place" }), today)).toBe(false);
    expect(isOverdue(commitment({ targetDate: "2025-06-15", status: "planned" }), today)).toBe(false);
    expect(isOverdue(commitment({ targetDate: null, status: "planned" }), today)).toBe(false);
  });

  it("due soon: today up to and including 30 days ahead, not in place", () => {
    expect(isDueSoon(commitment({ targetDate: "2025-06-15" }), today)).toBe(true);
    expect(isDueSoon(commitment({ targetDate: "2025-07-15" }), today)).toBe(true);
    expect(isDueSoon(commitment({ targetDate: "2025-07-16" }), today)).toBe(false);
    expect(isDueSoon(commitment({ targetDate: "2025-06-14" }), today)).toBe(false);
    expect(isDueSoon(commitment({ targetDate: "2025-06-20", status: "in_place" }), today)).toBe(false);
  });

  it("lists soonest (longest overdue) first", () => {
    const a = commitment({ targetDate: "2025-03-01" });
    const b = commitment({ targetDate: "2025-01-01" });
    const c = commitment({ targetDate: "2025-07-01" });
    const d = commitment({ targetDate: "2025-06-20" });
    expect(overdueList([a, b, c, d], today).map((x) => x.id)).toEqual([b.id, a.id]);
    expect(dueSoonList([a, b, c, d], today).map((x) => x.id)).toEqual([d.id, c.id]);
  });
});

describe("coverage", () => {
  it("counts a commitment once per Charter title it touches, for the six titles", () => {
    const cs = [
      commitment({ charterArticles: [1, 3, 21] }), // dignity twice, equality
      commitment({ charterArticles: [21, 47] }), // equality, justice
      commitment({ charterArticles: [52] }), // general provisions: not one of the six titles
      commitment({ charterArticles: [] }),
    ];
    expect(charterCoverage(cs)).toEqual([
      { title: "dignity", count: 1 },
      { title: "freedoms", count: 0 },
      { title: "equality", count: 2 },
      { title: "solidarity", count: 0 },
      { title: "citizens_rights", count: 0 },
      { title: "justice", count: 1 },
    ]);
  });

  it("counts commitments per SDG for all 17 goals", () => {
    const cov = sdgCoverage([commitment({ sdgs: [1, 10] }), commitment({ sdgs: [10, 10] })]);
    expect(cov).toHaveLength(17);
    expect(cov.find((c) => c.sdg === 10)?.count).toBe(2);
    expect(cov.find((c) => c.sdg === 1)?.count).toBe(1);
    expect(cov.find((c) => c.sdg === 5)?.count).toBe(0);
  });
});

describe("maturity and departments", () => {
  it("lists element maturity in framework order, without the city's own commitments", () => {
    const cs = [
      commitment({ elementKey: "T1", maturity: "embedded" }),
      commitment({ elementKey: "F2", maturity: "initiated" }),
      commitment({ elementKey: null, maturity: "exemplary" }),
    ];
    expect(maturityByElement(cs)).toEqual([
      { elementKey: "F2", maturity: "initiated", level: 1 },
      { elementKey: "T1", maturity: "embedded", level: 3 },
    ]);
  });

  it("lists every department, the empty ones too, then the commitments without one", () => {
    const deps = [
      { id: "d2", name: "Welfare" },
      { id: "d1", name: "Housing" },
      { id: "d3", name: "Culture" },
    ];
    const rows = departmentRollups(
      [commitment({ departmentId: "d1", progress: 50 }), commitment({ departmentId: "d1", progress: 0 }), commitment({ departmentId: null, progress: 10 })],
      deps,
    );
    expect(rows.map((r) => [r.name, r.count, r.progress])).toEqual([
      ["Culture", 0, null],
      ["Housing", 2, 25],
      ["Welfare", 0, null],
      [null, 1, 10],
    ]);
  });
});
