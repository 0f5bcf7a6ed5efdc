import { describe, expect, it } from "vitest";
import { COLUMNS } from "./columns";
import { parseDay, planImport, type PlanCommitment, type PlanState } from "./plan-import";
import { toRawTable } from "./read-table";

const ID_OWN = "0b0e5f8e-1c1a-4a57-9d7e-6a3c2f1e9b00";
const OWNER = "11111111-1111-4111-8111-111111111111";
const FORMER = "22222222-2222-4222-8222-222222222222";
const DEPT = "33333333-3333-4333-8333-333333333333";

function commitment(over: Partial<PlanCommitment>): PlanCommitment {
  return {
    id: crypto.randomUUID(),
    elementKey: null,
    title: "A commitment",
    text: "",
    status: "not_started",
    progress: 0,
    maturity: "none",
    progressMode: "manual",
    ownerId: null,
    departmentId: null,
    startDate: null,
    targetDate: null,
    charterArticles: [],
    udhrArticles: [],
    sdgs: [],
    groups: [],
    isPublic: false,
    version: 1,
    ...over,
  };
}

const state: PlanState = {
  commitments: [
    commitment({ elementKey: "F1", title: "Dignity" }),
    commitment({ elementKey: "S1", ownerId: FORMER, version: 3 }),
    commitment({ elementKey: "T1", progressMode: "actions", progress: 20 }),
    commitment({ id: ID_OWN, title: "=cmd", departmentId: DEPT, targetDate: new Date("2025-12-31T00:00:00Z") }),
  ],
  members: [{ id: OWNER, email: "Olga@Example.org" }],
  departments: [{ id: DEPT, name: "Social Affairs" }],
  groupKeys: ["night_workers"],
  ownerEmails: new Map([[FORMER, "gone@example.org"]]),
};

/** The columns of the first exports (before text and links were added): what most tests here need. */
const BASIC = ["key", "layer", "status", "progress", "maturity", "owner_email", "department", "start_date", "target_date", "note", "version"];

/** A file in export column order: header + rows given as partial records. */
function table(rows: Partial<Record<(typeof COLUMNS)[number], string>>[], columns: readonly string[] = BASIC) {
  const matrix = [columns.slice(), ...rows.map((r) => columns.map((c) => r[c as keyof typeof r] ?? ""))];
  const result = toRawTable(matrix);
  if (!result.ok) throw new Error(result.problem.code);
  return result.table;
}

const unchanged = { status: "not_started", progress: "0", maturity: "none", version: "1" };

describe("planImport", () => {
  it("lists each changed field with old and new value and accepts codes written loosely", () => {
    const plan = planImport(
      table([
        {
          key: "f1",
          ...unchanged,
          status: "In progress",
          progress: "40%",
          maturity: "INITIATED",
          owner_email: "olga@example.org",
          start_date: "2025-01-15",
          note: "Kick-off",
        },
      ]),
      state,
    );
    expect(plan.counts).toEqual({ rows: 1, change: 1, unchanged: 0, rejected: 0 });
    expect(plan.applicable).toBe(true);
    const [row] = plan.rows;
    expect(row!.changes).toEqual([
      { field: "status", from: "not_started", to: "in_progress" },
      { field: "progress", from: "0", to: "40" },
      { field: "maturity", from: "none", to: "initiated" },
      { field: "owner_email", from: "", to: "Olga@Example.org" },
      { field: "start_date", from: "", to: "2025-01-15" },
    ]);
    expect(row!.apply).toMatchObject({ status: "in_progress", progress: 40, maturity: "initiated", ownerId: OWNER });
    expect(row!.note).toBe("Kick-off");
  });

  it("refuses bad values row by row with the reason", () => {
    const plan = planImport(
      table([
        { key: "X9", ...unchanged },
        { key: "", ...unchanged, title: "no key" },
        { key: "F1", ...unchanged, status: "done" },
        { key: "F1", ...unchanged },
        { key: ID_OWN, ...unchanged, progress: "150", maturity: "great", owner_email: "nobody@example.org", department: "Finance", target_date: "31/12/2025" },
      ]),
      state,
    );
    const codes = plan.rows.map((r) => r.problems.map((p) => p.code));
    expect(codes).toEqual([
      ["unknownKey"],
      ["missingKey"],
      ["statusInvalid"],
      ["duplicateKey"],
      ["progressInvalid", "maturityInvalid", "ownerUnknown", "departmentUnknown", "dateInvalid"],
    ]);
    expect(plan.rows[3]!.problems[0]!.vars).toMatchObject({ line: 4 });
    expect(plan.counts.rejected).toBe(5);
    expect(plan.applicable).toBe(false);
  });

  it("checks the version only for rows that change something", () => {
    const stale = planImport(table([{ key: "F1", ...unchanged, status: "planned", version: "0" }]), state);
    expect(stale.rows[0]!.problems).toEqual([{ code: "versionStale", vars: { version: "0", current: 1 } }]);
    const noChange = planImport(table([{ key: "F1", ...unchanged, version: "7" }]), state);
    expect(noChange.rows[0]!.outcome).toBe("unchanged");
    expect(noChange.applicable).toBe(false);
    const missing = planImport(table([{ key: "F1", ...unchanged, status: "planned", version: "" }]), state);
    expect(missing.rows[0]!.problems[0]!.code).toBe("versionInvalid");
  });

  it("keeps a former member as owner without complaint, and treats missing columns as no change", () => {
    const plan = planImport(table([{ key: "S1", owner_email: "GONE@example.org", version: "3" }], ["key", "owner_email", "version"]), state);
    expect(plan.rows[0]!.outcome).toBe("unchanged");
  });

  it("refuses progress for a commitment whose progress comes from its actions, unless unchanged", () => {
    expect(planImport(table([{ key: "T1", ...unchanged, progress: "50" }]), state).rows[0]!.problems[0]!.code).toBe("progressDerived");
    expect(planImport(table([{ key: "T1", ...unchanged, progress: "20" }]), state).rows[0]!.outcome).toBe("unchanged");
  });

  it("matches departments and own commitments case-insensitively, clears with empty cells, and checks date order", () => {
    const plan = planImport(table([{ key: ID_OWN.toUpperCase(), ...unchanged, department: "", start_date: "1-2-2026", target_date: "2025-12-31" }]), state);
    expect(plan.rows[0]!.problems.map((p) => p.code)).toEqual(["dateOrder"]);
    const ok = planImport(table([{ key: ID_OWN, ...unchanged, department: "social affairs", target_date: "" }]), state);
    expect(ok.rows[0]!.changes).toEqual([{ field: "target_date", from: "2025-12-31", to: "" }]);
    expect(ok.rows[0]!.apply).toEqual({ targetDate: null });
  });
});

describe("planImport: text, links, progress mode and public", () => {
  const own = state.commitments[3]!;
  const base = {
    key: ID_OWN,
    title: "=cmd",
    text: "",
    status: "not_started",
    progress: "0",
    progress_mode: "manual",
    maturity: "none",
    department: "Social Affairs",
    target_date: "2025-12-31",
    charter_articles: "",
    udhr_articles: "",
    sdgs: "",
    groups: "",
    public: "no",
    version: "1",
  };

  it("reads a row as exported as no change", () => {
    expect(planImport(table([base], COLUMNS), state).rows[0]!.outcome).toBe("unchanged");
  });

  it("lists text, title, articles, goals, groups, progress mode and public as changes, codes as written", () => {
    const plan = planImport(
      table(
        [
          {
            ...base,
            title: "Housing first",
            text: "Line one\r\nline two",
            charter_articles: "26; 1,21",
            udhr_articles: "25",
            sdgs: "10 16",
            groups: "Children_Youth; night_workers",
            public: "Yes",
            progress_mode: "actions",
          },
        ],
        COLUMNS,
      ),
      state,
    );
    expect(plan.rows[0]!.problems).toEqual([]);
    expect(plan.rows[0]!.changes).toEqual([
      { field: "title", from: "=cmd", to: "Housing first" },
      { field: "text", from: "", to: "Line one\nline two" },
      { field: "progress_mode", from: "manual", to: "actions" },
      { field: "charter_articles", from: "", to: "1; 21; 26" },
      { field: "udhr_articles", from: "", to: "25" },
      { field: "sdgs", from: "", to: "10; 16" },
      { field: "groups", from: "", to: "children_youth; night_workers" },
      { field: "public", from: "no", to: "yes" },
    ]);
    expect(plan.rows[0]!.apply).toEqual({
      title: "Housing first",
      text: "Line one\nline two",
      progressMode: "actions",
      charterArticles: [1, 21, 26],
      udhrArticles: [25],
      sdgs: [10, 16],
      groups: ["children_youth", "night_workers"],
      isPublic: true,
    });
    expect(own.title).toBe("=cmd");
  });

  it("refuses unknown articles, goals and groups, a framework element's new title and bad codes, cell by cell", () => {
    const plan = planImport(
      table(
        [
          { ...base, charter_articles: "1; 55", udhr_articles: "Art. 3", sdgs: "0", groups: "children_youth; aliens", public: "maybe", progress_mode: "auto" },
          {
            key: "F1",
            title: "My own name for F1",
            status: "not_started",
            progress: "0",
            maturity: "none",
            version: "1",
            public: "no",
            progress_mode: "manual",
          },
        ],
        COLUMNS,
      ),
      state,
    );
    expect(plan.rows[0]!.problems).toEqual([
      { code: "progressModeInvalid", vars: { value: "auto", allowed: "manual, actions" } },
      { code: "articleInvalid", vars: { value: "55", column: "charter_articles", max: 54 } },
      { code: "articleInvalid", vars: { value: "Art.", column: "udhr_articles", max: 30 } },
      { code: "articleInvalid", vars: { value: "0", column: "sdgs", max: 17 } },
      { code: "groupUnknown", vars: { value: "aliens" } },
      { code: "publicInvalid", vars: { value: "maybe" } },
    ]);
    expect(plan.rows[1]!.problems.map((p) => p.code)).toEqual(["titleFixed"]);
  });

  it("takes a typed progress once the file switches the commitment back to manual, and refuses one while switching to actions", () => {
    const back = planImport(table([{ key: "T1", ...unchanged, progress: "50", progress_mode: "manual" }], [...BASIC, "progress_mode"]), state);
    expect(back.rows[0]!.apply).toEqual({ progressMode: "manual", progress: 50 });
    const own = planImport(table([{ ...base, progress: "50", progress_mode: "actions" }], COLUMNS), state);
    expect(own.rows[0]!.problems.map((p) => p.code)).toEqual(["progressDerived"]);
  });
});

describe("reading a table", () => {
  it("needs key and version, finds columns by name in any order and strips the formula guard", () => {
    expect(
      toRawTable([
        ["title", "status"],
        ["x", "planned"],
      ]),
    ).toEqual({ ok: false, problem: { code: "missingColumns", columns: "key, version" } });
    expect(toRawTable([])).toEqual({ ok: false, problem: { code: "empty" } });
    expect(
      toRawTable([
        ["key", "version"],
        ["", ""],
      ]),
    ).toEqual({ ok: false, problem: { code: "noRows" } });
    const r = toRawTable([["\uFEFFVersion", "Owner e-mail", "KEY", "Department"], ["1", "a@b", " F1 ", "'@evil"], [], ["2", "", "F2", ""]]);
    expect(r.ok && r.table).toEqual({
      columns: ["version", "owner_email", "key", "department"],
      rows: [
        { line: 2, cells: ["1", "a@b", "F1", "@evil"] },
        { line: 4, cells: ["2", "", "F2", ""] },
      ],
    });
  });

  it("parses dates as YYYY-MM-DD or D-M-YYYY and refuses impossible ones", () => {
    expect(parseDay("2025-02-28")?.toISOString()).toBe("2025-02-28T00:00:00.000Z");
    expect(parseDay("5-3-2025")?.toISOString()).toBe("2025-03-05T00:00:00.000Z");
    expect(parseDay("")).toBeNull();
    expect(parseDay("2025-02-30")).toBeUndefined();
    expect(parseDay("03/05/2025")).toBeUndefined();
  });
});
