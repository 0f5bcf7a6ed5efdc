import { describe, expect, it } from "vitest";
import { toRawTable } from "@/lib/features/commitments/spreadsheet/read-table";
import { ACTION_SET } from "./action-columns";
import { planActionImport, type StateAction } from "./plan-action-import";

const A = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const B = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
const actions: StateAction[] = [
  { id: A, title: "Audit buildings", objectiveTitle: "Access", status: "on_track", progress: 40, statusReason: "", budgetSpent: "", version: 3 },
  { id: B, title: "Install ramps", objectiveTitle: "Access", status: "delayed", progress: 10, statusReason: "Supplier late", budgetSpent: "100", version: 1 },
];
const HEADER = ["action_id", "status", "progress", "status_reason", "budget_spent", "note", "version"];

function plan(rows: string[][]) {
  const r = toRawTable(rows, ACTION_SET);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return planActionImport(r.table, actions);
}

describe("action-update import plan", () => {
  it("changes status, progress, reason and budget from the current version", () => {
    const p = plan([
      HEADER,
      [A, "At risk", "55%", "Staff shortage", "1200,50", "Quarterly review", "3"],
      [B, "on_track", "10", "Supplier late", "100", "", "1"],
    ]);
    expect(p.counts).toEqual({ rows: 2, new: 0, change: 2, unchanged: 0, rejected: 0 });
    expect(p.rows[0]).toMatchObject({
      note: "Quarterly review",
      apply: { status: "at_risk", progress: 55, statusReason: "Staff shortage", budgetSpent: "1200.5" },
    });
    // Back on track: the reason no longer applies and is cleared.
    expect(p.rows[1]).toMatchObject({ apply: { status: "on_track", statusReason: "" } });
    expect(plan([HEADER, [A, "on_track", "40", "", "", "", "3"]]).counts.unchanged).toBe(1);
  });

  it("refuses rows with the reason", () => {
    const p = plan([
      HEADER,
      [A, "delayed", "40", "", "", "", "3"],
      [A, "on_track", "41", "", "", "", "3"],
      [B, "finished", "120", "Supplier late", "-5", "", "1"],
      ["nope", "", "", "", "", "", "1"],
      ["", "done", "", "", "", "", ""],
    ]);
    expect(p.applicable).toBe(false);
    expect(p.rows.map((r) => r.problems.map((x) => x.code))).toEqual([
      ["reasonRequired"],
      ["duplicateAction"],
      ["statusInvalid", "progressInvalid", "budgetInvalid"],
      ["unknownAction"],
      ["missingAction"],
    ]);
  });

  it("refuses a change from an older version", () => {
    const p = plan([HEADER, [A, "done", "100", "", "", "", "2"]]);
    expect(p.rows[0]!.problems).toEqual([{ code: "versionStale", column: "version", vars: { version: "2", current: 3 } }]);
  });
});
