import { describe, expect, it } from "vitest";
import { assembleReport, type ReportInputs } from "./assemble-report";
import { parseNarrative } from "./narrative";

const d = (s: string) => new Date(s);

function inputs(): ReportInputs {
  return {
    year: 2025,
    now: d("2026-03-01T00:00:00Z"),
    commitments: [
      {
        id: "c1",
        elementKey: "F1",
        layer: "foundation",
        title: "Dignity",
        status: "in_place",
        progress: 100,
        maturity: "embedded",
        ownerId: null,
        departmentId: null,
        startDate: null,
        targetDate: null,
        charterArticles: [],
        udhrArticles: [],
        sdgs: [],
        groups: [],
        createdAt: d("2024-01-01T00:00:00Z"),
      },
      {
        id: "c2",
        elementKey: "S1",
        layer: "structure",
        title: "Declaration",
        status: "not_started",
        progress: 0,
        maturity: "none",
        ownerId: null,
        departmentId: null,
        startDate: null,
        targetDate: null,
        charterArticles: [],
        udhrArticles: [],
        sdgs: [],
        groups: [],
        createdAt: d("2024-01-01T00:00:00Z"),
      },
      {
        id: "c3",
        elementKey: null,
        layer: "tool",
        title: "New in 2026",
        status: "planned",
        progress: 10,
        maturity: "none",
        ownerId: null,
        departmentId: null,
        startDate: null,
        targetDate: null,
        charterArticles: [],
        udhrArticles: [],
        sdgs: [],
        groups: [],
        createdAt: d("2026-01-10T00:00:00Z"),
      },
    ],
    commitmentUpdates: [
      // 2025: 20 → 60; 2026 (after year end): 60 → 100 and in place.
      { commitmentId: "c1", at: d("2025-05-01T10:00:00Z"), fromStatus: "planned", fromProgress: 20, fromMaturity: "initiated" },
      { commitmentId: "c1", at: d("2026-02-01T10:00:00Z"), fromStatus: "in_progress", fromProgress: 60, fromMaturity: "established" },
    ],
    plans: [{ title: "Plan 2025–2028", periodStart: "2025-01-01", periodEnd: "2028-12-31", status: "adopted", createdAt: d("2025-01-05T00:00:00Z") }],
    actions: [
      {
        id: "a1",
        title: "Train staff",
        plan: "Plan 2025–2028",
        department: "HR",
        status: "done",
        progress: 100,
        statusReason: "",
        dueDate: "2025-12-01",
        createdAt: d("2025-01-06T00:00:00Z"),
      },
      {
        id: "a2",
        title: "Audit buildings",
        plan: "Plan 2025–2028",
        department: null,
        status: "on_track",
        progress: 50,
        statusReason: "",
        dueDate: null,
        createdAt: d("2025-01-06T00:00:00Z"),
      },
    ],
    actionUpdates: [
      { actionId: "a1", at: d("2025-06-01T00:00:00Z"), fromStatus: "not_started", toStatus: "delayed", fromProgress: 0, statusReason: "No trainer hired" },
      { actionId: "a1", at: d("2026-01-15T00:00:00Z"), fromStatus: "delayed", toStatus: "done", fromProgress: 30, statusReason: "" },
    ],
    indicators: [
      {
        id: "i1",
        name: "Shelter beds",
        plan: "Plan 2025–2028",
        unit: "beds",
        direction: "higher",
        baselineValue: 100,
        baselineYear: 2023,
        targetValue: 200,
        targetYear: 2028,
        createdAt: d("2025-01-06T00:00:00Z"),
      },
      {
        id: "i2",
        name: "Complaints",
        plan: "Plan 2025–2028",
        unit: "",
        direction: "lower",
        baselineValue: null,
        baselineYear: null,
        targetValue: null,
        targetYear: null,
        createdAt: d("2025-01-06T00:00:00Z"),
      },
    ],
    measurements: [
      { indicatorId: "i1", period: "2024", periodStart: "2024-01-01", value: 110, createdAt: d("2025-01-10T00:00:00Z"), revisions: [] },
      // Entered as 130 in 2025, corrected to 135 in 2026: the report keeps 130.
      {
        indicatorId: "i1",
        period: "2025",
        periodStart: "2025-01-01",
        value: 135,
        createdAt: d("2025-12-20T00:00:00Z"),
        revisions: [{ value: 130, changedAt: d("2026-02-01T00:00:00Z") }],
      },
      // Entered only after year end: missing for the report.
      { indicatorId: "i2", period: "2025", periodStart: "2025-01-01", value: 4, createdAt: d("2026-01-20T00:00:00Z"), revisions: [] },
    ],
    declarations: [
      {
        title: "Our declaration",
        createdAt: d("2024-11-01T00:00:00Z"),
        transitions: [
          { from: "draft", to: "consultation", at: d("2025-03-01T00:00:00Z") },
          { from: "consultation", to: "proposed", at: d("2025-09-01T00:00:00Z") },
          { from: "proposed", to: "adopted", at: d("2026-01-20T00:00:00Z") },
        ],
        comments: [
          {
            authorId: "adv1",
            parentId: null,
            createdAt: d("2025-03-10T00:00:00Z"),
            deletedAt: null,
            hiddenAt: null,
            outcome: "accepted",
            outcomeAt: d("2025-08-01T00:00:00Z"),
          },
          {
            authorId: "adv1",
            parentId: null,
            createdAt: d("2025-03-11T00:00:00Z"),
            deletedAt: null,
            hiddenAt: null,
            outcome: "not_taken_up",
            outcomeAt: d("2025-08-01T00:00:00Z"),
          },
          {
            authorId: "res1",
            parentId: null,
            createdAt: d("2025-04-01T00:00:00Z"),
            deletedAt: null,
            hiddenAt: null,
            outcome: "accepted",
            outcomeAt: d("2026-01-05T00:00:00Z"),
          },
          { authorId: "res2", parentId: null, createdAt: d("2026-01-02T00:00:00Z"), deletedAt: null, hiddenAt: null, outcome: null, outcomeAt: null },
        ],
      },
    ],
    reportComments: [{ authorId: "adv2", createdAt: d("2025-11-01T00:00:00Z"), deletedAt: null, hiddenAt: null }],
    advisoryMemberIds: new Set(["adv1", "adv2"]),
  };
}

describe("assembleReport (the record as of 31 December)", () => {
  const g = assembleReport(inputs());

  it("reads commitments back to year end and compares with a year earlier", () => {
    expect(g.asOf).toBe("2025-12-31");
    expect(g.framework.commitments.map((c) => c.elementKey)).toEqual(["F1", "S1"]);
    expect(g.framework.commitments[0]).toMatchObject({
      status: "in_progress",
      progress: 60,
      maturity: "established",
      before: { status: "planned", progress: 20 },
      changes: 1,
    });
    expect(g.framework.overall).toEqual({ count: 2, progress: 30, previousProgress: 10 });
    expect(g.framework.layers.find((l) => l.layer === "tool")).toMatchObject({ count: 0, progress: null });
    expect(g.framework.changedCount).toBe(1);
  });

  it("derives action status, progress and reason at year end from the history", () => {
    expect(g.actionPlan.actions[0]).toMatchObject({ title: "Train staff", status: "delayed", progress: 30, reason: "No trainer hired" });
    expect(g.actionPlan.counts).toMatchObject({ delayed: 1, on_track: 1, done: 0 });
    expect(g.actionPlan.plans).toHaveLength(1);
  });

  it("takes measurements as known at year end: corrections later are ignored, later entries missing", () => {
    expect(g.indicators[0]).toMatchObject({ value: 130, previousValue: 110, change: 20, improved: true, baselineValue: 100, targetValue: 200 });
    expect(g.indicators[1]).toMatchObject({ value: null, change: null });
    expect(g.gaps.missingIndicators).toEqual(["Complaints"]);
  });

  it("gives the declaration's status and consultation figures at year end", () => {
    expect(g.declaration).toMatchObject({ status: "proposed", previousStatus: "draft" });
    expect(g.declaration!.transitions.map((t) => t.to)).toEqual(["consultation", "proposed"]);
    // 3 comments by year end (one came in 2026); 2 with an outcome by then, 1 accepted → 50 %.
    expect(g.declaration!.consultation).toEqual({ comments: 3, commenters: 2, withOutcome: 2, accepted: 1, partlyAccepted: 0, acceptedPercent: 50 });
  });

  it("lists stale data and the advisory council's activity", () => {
    expect(g.gaps.staleCommitments).toEqual(["S1 Declaration"]);
    expect(g.gaps.staleActions).toEqual([]);
    expect(g.advisory).toEqual({ comments: 3, commenters: 2 });
  });

  it("leaves comments that were deleted or hidden out of the advisory council's activity", () => {
    const base = inputs();
    const gone = { deletedAt: d("2026-01-10T00:00:00Z"), hiddenAt: null };
    const hidden = { deletedAt: null, hiddenAt: d("2025-11-02T00:00:00Z") };
    const [first, second, ...rest] = base.declarations[0]!.comments;
    const g2 = assembleReport({
      ...base,
      declarations: [{ ...base.declarations[0]!, comments: [{ ...first!, ...gone }, { ...second!, ...hidden }, ...rest] }],
      reportComments: [{ ...base.reportComments[0]!, ...hidden }],
    });
    expect(g2.advisory).toEqual({ comments: 0, commenters: 0 });
  });

  it("says plainly when there is nothing: no declaration, plan or indicators", () => {
    const empty = assembleReport({ ...inputs(), declarations: [], plans: [], actions: [], actionUpdates: [], indicators: [], measurements: [] });
    expect(empty.declaration).toBeNull();
    expect(empty.actionPlan.plans).toEqual([]);
    expect(empty.indicators).toEqual([]);
  });
});

describe("parseNarrative", () => {
  it("makes paragraphs on blank lines and lists of '- ' lines", () => {
    expect(parseNarrative("One\nline.\n\n- a\n- b\nAfter")).toEqual([
      { kind: "paragraph", text: "One line." },
      { kind: "list", items: ["a", "b"] },
      { kind: "paragraph", text: "After" },
    ]);
  });
});
