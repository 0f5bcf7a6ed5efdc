import { describe, expect, it } from "vitest";
import { diffFields, parseFieldChanges, type HistoryRow } from "./field-changes";

const row = (over: Partial<HistoryRow> = {}): HistoryRow => ({
  title: "Housing first",
  text: "",
  ownerId: null,
  departmentId: null,
  startDate: null,
  targetDate: null,
  charterArticles: [],
  udhrArticles: [],
  sdgs: [],
  groups: [],
  progressMode: "manual",
  isPublic: false,
  ...over,
});

describe("diffFields", () => {
  it("lists only the fields that differ, in the history's order, with values as stored", () => {
    const changes = diffFields(
      row({ text: "Old", charterArticles: [21, 1], groups: ["b", "a"] }),
      row({ text: "New", startDate: new Date("2026-03-01T00:00:00Z"), charterArticles: [1, 21], groups: ["a", "b"], departmentId: "d2", isPublic: true }),
      { departments: new Map([["d2", "Housing"]]) },
    );
    expect(changes).toEqual([
      { field: "text", from: "Old", to: "New" },
      { field: "departmentId", from: null, to: "d2", toName: "Housing" },
      { field: "startDate", from: null, to: "2026-03-01" },
      { field: "isPublic", from: false, to: true },
    ]);
  });

  it("finds nothing between equal states, whatever the order of their lists", () => {
    expect(diffFields(row({ sdgs: [16, 10], groups: ["x", "y"] }), row({ sdgs: [10, 16], groups: ["y", "x"] }))).toEqual([]);
  });

  it("keeps the names of the city's own groups in a change of groups", () => {
    const [change] = diffFields(row({ groups: ["homeless", "night_workers"] }), row({ groups: ["homeless"] }), {
      groups: new Map([["night_workers", { en: "Night workers", nl: "Nachtwerkers" }]]),
    });
    expect(change).toEqual({
      field: "groups",
      from: ["homeless", "night_workers"],
      to: ["homeless"],
      groupNames: { night_workers: { en: "Night workers", nl: "Nachtwerkers" } },
    });
  });
});

describe("parseFieldChanges", () => {
  it("reads what was stored and leaves out what it does not know", () => {
    expect(parseFieldChanges([{ field: "text", from: "a", to: "b" }, { field: "colour", from: 1, to: 2 }, null])).toEqual([
      { field: "text", from: "a", to: "b" },
    ]);
    expect(parseFieldChanges({})).toEqual([]);
  });
});
