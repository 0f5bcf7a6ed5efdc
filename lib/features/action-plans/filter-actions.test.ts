import { describe, expect, it } from "vitest";
import { filterActions, parseFilters } from "./filter-actions";
import type { ActionSummary } from "./load-plan-overview";

const base: ActionSummary = {
  id: "a",
  objectiveId: "o",
  title: "A",
  status: "on_track",
  statusReason: "",
  progress: 10,
  startDate: null,
  dueDate: null,
  departmentId: "d1",
  departmentName: "Housing",
  ownerName: null,
  groups: ["homeless"],
  charterArticles: [34],
  udhrArticles: [],
  sdgs: [1, 11],
  overdue: false,
};
const actions: ActionSummary[] = [
  base,
  { ...base, id: "b", status: "delayed", departmentId: "d2", groups: [], charterArticles: [21], sdgs: [10], overdue: true },
];

describe("table filters", () => {
  it("read the URL, ignoring what is not a valid value", () => {
    expect(parseFilters({ status: "delayed", charter: "21", sdg: "99", overdue: "1", group: ["homeless", "x"] })).toEqual({
      status: "delayed",
      department: "",
      group: "homeless",
      charter: 21,
      sdg: null,
      overdue: true,
    });
    expect(parseFilters({ status: "bogus" }).status).toBe("");
  });

  it("narrow by every filter given, together", () => {
    const ids = (q: Record<string, string>) => filterActions(actions, parseFilters(q)).map((a) => a.id);
    expect(ids({})).toEqual(["a", "b"]);
    expect(ids({ status: "delayed" })).toEqual(["b"]);
    expect(ids({ department: "d1" })).toEqual(["a"]);
    expect(ids({ group: "homeless" })).toEqual(["a"]);
    expect(ids({ charter: "21" })).toEqual(["b"]);
    expect(ids({ sdg: "11" })).toEqual(["a"]);
    expect(ids({ overdue: "1" })).toEqual(["b"]);
    expect(ids({ overdue: "1", department: "d1" })).toEqual([]);
  });
});
