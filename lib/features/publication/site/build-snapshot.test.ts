import { describe, expect, it } from "vitest";
import { layerRollups, percent, rollup } from "@/lib/features/dashboard/rollup";
import { snapshotFromRows, type SnapshotRows } from "./build-snapshot";

const at = (iso: string) => new Date(iso);
const base = {
  text: "",
  status: "not_started" as const,
  maturity: "none" as const,
  startDate: null,
  targetDate: null,
  lastUpdateAt: at("2025-01-01T10:00:00Z"),
  departmentId: null,
  charterArticles: [],
  udhrArticles: [],
  sdgs: [],
  groups: [],
};

function rows(over: Partial<SnapshotRows> = {}): SnapshotRows {
  return {
    commitments: [
      { ...base, id: "c-own", elementKey: null, layer: "tool", title: "Own", progress: 90, status: "in_place" },
      {
        ...base,
        id: "c-s1",
        elementKey: "S1",
        layer: "structure",
        title: "S1",
        progress: 30,
        departmentId: "d1",
        groups: ["women_girls", "own_group", "gone"],
      },
      { ...base, id: "c-f10", elementKey: "F10", layer: "foundation", title: "F10", progress: 0 },
      { ...base, id: "c-f2", elementKey: "F2", layer: "foundation", title: "F2", progress: 50, sdgs: [16, 1] },
    ],
    updates: [
      {
        id: "u1",
        commitmentId: "c-s1",
        at: at("2025-02-01T00:00:00Z"),
        note: "internal",
        notePublic: false,
        fromStatus: null,
        toStatus: null,
        fromProgress: 0,
        toProgress: 30,
        fromMaturity: null,
        toMaturity: null,
      },
      {
        id: "u2",
        commitmentId: "c-f2",
        at: at("2025-03-01T00:00:00Z"),
        note: " public ",
        notePublic: true,
        fromStatus: "not_started",
        toStatus: "in_progress",
        fromProgress: null,
        toProgress: null,
        fromMaturity: null,
        toMaturity: null,
      },
      {
        id: "u3",
        commitmentId: "c-not-published",
        at: at("2025-04-01T00:00:00Z"),
        note: "x",
        notePublic: true,
        fromStatus: null,
        toStatus: null,
        fromProgress: 0,
        toProgress: 1,
        fromMaturity: null,
        toMaturity: null,
      },
    ],
    departments: [{ id: "d1", name: "Social Affairs" }],
    groups: [{ key: "own_group", nameNl: "Eigen", nameEn: "" }],
    profile: null,
    ...over,
  };
}

const city = { slug: "x", name: "X", country: "NL", defaultLocale: "nl", locales: ["en", "de"], brandColor: "#123456" };
const pub = { id: "p1", publishedAt: at("2025-05-01T00:00:00Z") };

describe("snapshotFromRows", () => {
  const s = snapshotFromRows(rows(), city, pub);

  it("orders commitments by layer then element key (numeric), own ones last, keyed by element key or id", () => {
    expect(s.commitments.map((c) => c.key)).toEqual(["F2", "F10", "S1", "c-own"]);
  });

  it("names departments and groups, drops unknown groups, sorts numbers", () => {
    const s1 = s.commitments.find((c) => c.key === "S1")!;
    expect(s1.department).toBe("Social Affairs");
    expect(s1.groups).toEqual([
      { key: "women_girls", name: { en: "Women and girls", nl: "Vrouwen en meisjes" } },
      { key: "own_group", name: { nl: "Eigen" } },
    ]);
    expect(s.commitments.find((c) => c.key === "F2")!.sdgs).toEqual([1, 16]);
  });

  it("keeps only public notes and updates of published commitments, newest first", () => {
    expect(s.updates.map((u) => [u.id, u.commitmentKey, u.note])).toEqual([
      ["u2", "F2", "public"],
      ["u1", "S1", null],
    ]);
  });

  it("computes the roll-up with the dashboard's functions", () => {
    const input = rows().commitments;
    expect(s.rollup.overall).toBe(percent(rollup(input).progress));
    for (const l of layerRollups(input)) expect(s.rollup.layers[l.layer]).toEqual({ percent: percent(l.progress), count: l.count, statusCounts: l.statuses });
    expect(s.rollup.overall).toBe(43); // (90 + 30 + 0 + 50) / 4 = 42.5 → 43
  });

  it("falls back to defaults without a profile, and keeps only known locales with the default first", () => {
    expect(s.profile).toEqual({
      intro: {},
      takePart: {},
      contactEmail: null,
      ombuds: null,
      accessibility: { status: "partial", issues: {}, contact: null, reviewedOn: null },
      dataLicence: "CC-BY-4.0",
    });
    expect(s.city).toMatchObject({ defaultLocale: "nl", locales: ["nl", "en"] });
    expect(s).toMatchObject({ format: "charta-public/1", publicationId: "p1", publishedAt: "2025-05-01T00:00:00.000Z" });
  });

  it("has no owner or author fields at all", () => {
    const json = JSON.stringify(s);
    for (const field of ["ownerId", "authorId", "createdBy", "updatedBy", "publishedBy"]) expect(json).not.toContain(field);
  });
});
