import { describe, expect, it } from "vitest";
import { commitment } from "./fixtures.test-helpers";
import { activeFilters, matchesFilters, parseFilters } from "./filters";

const OWNER = "0b6f6d2e-1c1a-4c55-9a59-8f1f3b8a7c01";
const DEPT = "6a8e0f7a-7f7e-4d6b-8d55-0f3f0b1b2c03";

describe("framework filters", () => {
  it("reads valid values and ignores the rest", () => {
    expect(parseFilters({ status: "in_place", owner: OWNER, department: "none", right: "charter-21", sdg: "10", group: "lgbtiq" })).toEqual({
      status: "in_place",
      owner: OWNER,
      department: "none",
      right: "charter-21",
      sdg: 10,
      group: "lgbtiq",
    });
    expect(parseFilters({ status: "done", owner: "x'; drop", right: "charter-55", sdg: "18", group: "A B" })).toEqual({});
    expect(parseFilters({ right: "udhr-31" })).toEqual({});
    expect(parseFilters({ status: ["planned", "in_place"], sdg: "" })).toEqual({ status: "planned" });
    expect(activeFilters(parseFilters({ status: "planned", sdg: "3" }))).toBe(2);
  });

  it("matches on every filter at once", () => {
    const c = commitment({
      status: "planned",
      ownerId: OWNER,
      departmentId: DEPT,
      charterArticles: [21],
      udhrArticles: [2],
      sdgs: [5, 10],
      groups: ["women_girls"],
    });
    expect(matchesFilters(c, {})).toBe(true);
    expect(matchesFilters(c, { status: "planned", owner: OWNER, department: DEPT, right: "charter-21", sdg: 10, group: "women_girls" })).toBe(true);
    expect(matchesFilters(c, { right: "udhr-2" })).toBe(true);
    expect(matchesFilters(c, { right: "udhr-21" })).toBe(false);
    expect(matchesFilters(c, { status: "in_place" })).toBe(false);
    expect(matchesFilters(c, { sdg: 1 })).toBe(false);
    expect(matchesFilters(c, { group: "lgbtiq" })).toBe(false);
    expect(matchesFilters(c, { owner: "none" })).toBe(false);
    expect(matchesFilters(commitment(), { owner: "none", department: "none" })).toBe(true);
  });
});
