/**
 * Comments on the annual report (issue 6): who may comment when (officers while writing, the
 * advisory council and the council only in consultation), passages that must be in the section,
 * replies one level deep, outcomes with reasons that the commenter sees and is notified of, the
 * counts, conflicts, and that another city's report or comment is a 404. Moderation as for the
 * declaration: the author edits (within the window) and deletes, officers hide and show again.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import type { Role } from "@/lib/generated/control/enums";
import { createTestCity, type TestCity } from "../helpers/cities";
import { approveThroughActions } from "../helpers/report-approval";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const actions = await import("@/app/(app)/[city]/workspace/reports/actions");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { reportComments: core, mayCommentOnReport } = await import("@/lib/features/comments/targets/report");
const { loadReportComments } = await import("@/lib/features/reports/load-report-comments");
const { generateReportData } = await import("@/lib/features/reports/generate-report");
const { controlDb } = await import("@/lib/kernel/db/control");
const { COMMENT_EDIT_WINDOW_MS } = await import("@/lib/features/comments/schema");

let city: TestCity;
let other: TestCity;
const db = () => cityDbForSchema(city.schemaName);
type Result<T> = { ok: true; data: T } | { ok: false; error: { code: string; fieldErrors?: Record<string, string[]> } };
const asOfficer = () => ({ id: city.users.officer.id, role: "officer" as const });
const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

let reportId = "";
let version = 0;
let sectionId = "";
let otherReportId = "";
const SUMMARY = "The help desk opened in March. Waiting lists stayed long.";

beforeAll(async () => {
  [city, other] = await Promise.all([createTestCity("rcm"), createTestCity("rcm")]);
  session.user = city.users.officer;
  reportId = ok(await actions.createReportAction(city.slug, { year: 2025, locales: ["en"] })).id;
  sectionId = ok(await actions.saveSectionAction(city.slug, { reportId, topic: "report", kind: "summary", locale: "en", content: SUMMARY, version: 0 })).id;
  version = (await db().annualReport.findUniqueOrThrow({ where: { id: reportId } })).version;
  session.user = other.users.officer;
  otherReportId = ok(await actions.createReportAction(other.slug, { year: 2025, locales: ["en"] })).id;
});

describe("report comments", () => {
  it("lets officers comment on the draft, the advisory council and council only in consultation", async () => {
    expect(mayCommentOnReport("advisory_member", "draft")).toBe(false);
    expect(mayCommentOnReport("advisory_member", "consultation")).toBe(true);
    expect(mayCommentOnReport("council_member", "consultation")).toBe(true);
    expect(mayCommentOnReport("officer", "draft")).toBe(true);
    for (const status of ["approved", "published"] as const)
      for (const role of ["officer", "advisory_member"] as const) expect(mayCommentOnReport(role, status)).toBe(false);

    session.user = city.users.advisory_member;
    expect(await actions.addReportCommentAction(city.slug, { reportId, body: "Too early?" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = city.users.officer;
    ok(await actions.addReportCommentAction(city.slug, { reportId, body: "Officer's note on the draft." }));
    version = ok(await actions.transitionReportAction(city.slug, { id: reportId, version, to: "consultation", note: "" })).version;
  });

  it("takes comments on a passage (which must be in the section), a section and the whole report, and replies", async () => {
    session.user = city.users.advisory_member;
    const passage = ok(
      await actions.addReportCommentAction(city.slug, { reportId, sectionId, quote: "Waiting lists stayed long.", body: "Say how long, in weeks." }),
    );
    expect(await actions.addReportCommentAction(city.slug, { reportId, sectionId, quote: "Words that are not there", body: "x" })).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { quote: ["reports.comments.quoteNotFound"] } },
    });
    expect(await actions.addReportCommentAction(city.slug, { reportId, quote: "The help desk", body: "x" })).toMatchObject({
      ok: false,
      error: { code: "validation" },
    });
    expect(await actions.addReportCommentAction(city.slug, { reportId, body: "   " })).toMatchObject({
      ok: false,
      error: { fieldErrors: { body: ["consultation.validation.bodyRequired"] } },
    });
    ok(await actions.addReportCommentAction(city.slug, { reportId, sectionId, body: "The summary misses the good practice." }));

    session.user = city.users.council_member;
    const reply = ok(await actions.addReportCommentAction(city.slug, { reportId, parentId: passage.id, body: "Agreed." }));
    // A reply to a reply joins the thread.
    const nested = ok(await actions.addReportCommentAction(city.slug, { reportId, parentId: reply.id, body: "And in numbers." }));
    expect((await db().reportComment.findUniqueOrThrow({ where: { id: nested.id } })).parentId).toBe(passage.id);

    // The advisory member is told of the reply.
    const notes = await db().notification.findMany({ where: { userId: city.users.advisory_member.id, kind: "comment_reply" } });
    expect(notes.length).toBe(2);
    expect(notes[0]!.link).toContain(`/workspace/reports/${reportId}#comment-`);
    // Every comment is audited.
    expect(await db().auditLog.count({ where: { entity: "ReportComment", action: "create" } })).toBe(5);
  });

  it("records an outcome with a reason (officers only, one per thread, version-checked) that the commenter sees", async () => {
    const { threads } = await loadReportComments(db(), reportId, asOfficer());
    const passage = threads.find((t) => t.quote)!;
    session.user = city.users.advisory_member;
    expect(
      await actions.setReportCommentOutcomeAction(city.slug, { id: passage.id, version: passage.version, outcome: "accepted", reason: "x" }),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });

    session.user = city.users.officer;
    expect(await actions.setReportCommentOutcomeAction(city.slug, { id: passage.id, version: passage.version, outcome: "accepted", reason: "" })).toMatchObject(
      { ok: false, error: { fieldErrors: { reason: ["consultation.validation.reasonRequired"] } } },
    );
    expect(await actions.setReportCommentOutcomeAction(city.slug, { id: passage.replies[0]!.id, version: 1, outcome: "accepted", reason: "r" })).toMatchObject({
      ok: false,
      error: { code: "validation" },
    });
    ok(
      await actions.setReportCommentOutcomeAction(city.slug, {
        id: passage.id,
        version: passage.version,
        outcome: "partly_accepted",
        reason: "Weeks added for the help desk only.",
      }),
    );
    // Someone answering from the same stale version is refused, not overwritten.
    expect(
      await actions.setReportCommentOutcomeAction(city.slug, { id: passage.id, version: passage.version, outcome: "not_taken_up", reason: "No." }),
    ).toMatchObject({ ok: false, error: { code: "conflict" } });

    const after = await loadReportComments(db(), reportId, asOfficer());
    const answered = after.threads.find((t) => t.id === passage.id)!;
    expect(answered).toMatchObject({
      outcome: "partly_accepted",
      outcomeReason: "Weeks added for the help desk only.",
      authorId: city.users.advisory_member.id,
      quote: "Waiting lists stayed long.",
      quoteFound: true,
      section: { topic: "report", kind: "summary", locale: "en" },
      outcomeByName: city.users.officer.name,
    });
    expect(answered.replies.map((r) => r.body)).toEqual(["Agreed.", "And in numbers."]);
    expect(after.stats).toMatchObject({ comments: 3, replies: 2, commenters: 3, answered: 1, byOutcome: { partly_accepted: 1 } });
    const outcomeNote = await db().notification.findFirstOrThrow({ where: { userId: city.users.advisory_member.id, kind: "comment_outcome" } });
    expect(outcomeNote.body).toContain("Weeks added for the help desk only.");
  });

  it("flags a quoted passage that an edit removed", async () => {
    session.user = city.users.officer;
    ok(
      await actions.saveSectionAction(city.slug, {
        reportId,
        topic: "report",
        kind: "summary",
        locale: "en",
        content: "The help desk opened in March.",
        version: 1,
      }),
    );
    const { threads } = await loadReportComments(db(), reportId, asOfficer());
    expect(threads.find((t) => t.quote)!.quoteFound).toBe(false);
  });

  it("answers 404 for another city's report, section or comment", async () => {
    session.user = city.users.officer;
    expect(await actions.addReportCommentAction(city.slug, { reportId: otherReportId, body: "x" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    const mine = (await loadReportComments(db(), reportId, asOfficer())).threads[0]!;
    session.user = other.users.officer;
    expect(await actions.addReportCommentAction(other.slug, { reportId: otherReportId, sectionId, body: "x" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await actions.addReportCommentAction(other.slug, { reportId: otherReportId, parentId: mine.id, body: "x" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await actions.setReportCommentOutcomeAction(other.slug, { id: mine.id, version: mine.version, outcome: "accepted", reason: "r" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    // …and with the other city's slug, a member of this city is not let in at all.
    session.user = city.users.officer;
    expect(await actions.addReportCommentAction(other.slug, { reportId: otherReportId, body: "x" })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("is closed once the report is approved", async () => {
    session.user = city.users.officer;
    await approveThroughActions(actions, session, city, reportId, "Council decision 7.");
    expect(await actions.addReportCommentAction(city.slug, { reportId, body: "Late." })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = city.users.advisory_member;
    expect(await actions.addReportCommentAction(city.slug, { reportId, body: "Late." })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
  it("takes outcomes while approved, not once published (the published report is frozen)", async () => {
    session.user = city.users.officer;
    const thread = await db().reportComment.findFirstOrThrow({ where: { reportId, parentId: null }, orderBy: { createdAt: "asc" } });
    const answered = ok(
      await actions.setReportCommentOutcomeAction(city.slug, {
        id: thread.id,
        version: thread.version,
        outcome: "partly_accepted",
        reason: "Two of three points taken up.",
      }),
    );
    const version = (await db().annualReport.findUniqueOrThrow({ where: { id: reportId } })).version;
    ok(await actions.transitionReportAction(city.slug, { id: reportId, version, to: "published", note: "" }));
    expect(
      await actions.setReportCommentOutcomeAction(city.slug, { id: thread.id, version: answered.version, outcome: "accepted", reason: "Changed my mind." }),
    ).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { status: ["reports.validation.published"] } },
    });
  });
});

describe("report comment moderation", () => {
  let modReportId = "";
  const viewAs = (role: Role, now?: Date) => loadReportComments(db(), modReportId, { id: city.users[role].id, role }, now);
  const threadOf = async (role: Role, id: string) => (await viewAs(role)).threads.find((t) => t.id === id);
  const add = async (role: Role, input: { body: string; parentId?: string }) => {
    session.user = city.users[role];
    return ok(await actions.addReportCommentAction(city.slug, { reportId: modReportId, ...input }));
  };
  async function actorOf(role: Role) {
    const u = city.users[role];
    const row = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
    return { db: db(), city: row, actor: { id: u.id, name: u.name, role } };
  }

  beforeAll(async () => {
    session.user = city.users.officer;
    modReportId = ok(await actions.createReportAction(city.slug, { year: 2024, locales: ["en"] })).id;
    ok(await actions.transitionReportAction(city.slug, { id: modReportId, version: 1, to: "consultation", note: "" }));
  });

  it("the author edits within the window only, with the body checked as when adding; nobody else, and not a hidden comment", async () => {
    const c = await add("advisory_member", { body: "Typo hear" });
    session.user = city.users.council_member;
    expect(await actions.editReportCommentAction(city.slug, { id: c.id, version: 1, body: "Not mine" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    session.user = city.users.officer;
    expect(await actions.editReportCommentAction(city.slug, { id: c.id, version: 1, body: "Not mine either" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    session.user = city.users.advisory_member;
    expect(await actions.editReportCommentAction(city.slug, { id: c.id, version: 1, body: "  " })).toMatchObject({
      ok: false,
      error: { fieldErrors: { body: ["consultation.validation.bodyRequired"] } },
    });
    expect(ok(await actions.editReportCommentAction(city.slug, { id: c.id, version: 1, body: "Typo here" }))).toEqual({ id: c.id, version: 2 });

    const mine = (await threadOf("advisory_member", c.id))!;
    expect(mine).toMatchObject({ body: "Typo here", state: "visible", isMine: true, canEdit: true });
    expect(mine.editedAt).not.toBeNull();
    expect((await threadOf("council_member", c.id))!).toMatchObject({ isMine: false, canEdit: false });

    // After the window: refused, and the page no longer offers it.
    const late = new Date(Date.now() + COMMENT_EDIT_WINDOW_MS + 1000);
    await expect(core.editComment(await actorOf("advisory_member"), { id: c.id, version: 2, body: "Late" }, late)).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { body: ["consultation.validation.editWindowPassed"] } },
    });
    expect((await viewAs("advisory_member", late)).threads.find((t) => t.id === c.id)).toMatchObject({ canEdit: false });

    session.user = city.users.officer;
    ok(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 2, reason: "Spam" }));
    session.user = city.users.advisory_member;
    expect(await actions.editReportCommentAction(city.slug, { id: c.id, version: 3, body: "Sneaky" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("deleting empties the body, keeps the replies and takes the comment out of the counts; again is no error", async () => {
    const before = (await viewAs("officer")).stats;
    const c = await add("advisory_member", { body: "I take this back" });
    const reply = await add("council_member", { body: "A reply that stays", parentId: c.id });
    expect((await viewAs("officer")).stats).toMatchObject({ comments: before.comments + 1, replies: before.replies + 1 });

    session.user = city.users.council_member;
    expect(await actions.deleteReportCommentAction(city.slug, { id: c.id, version: 1 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = city.users.advisory_member;
    expect(ok(await actions.deleteReportCommentAction(city.slug, { id: c.id, version: 1 }))).toEqual({ id: c.id, version: 2 });
    // A second click or a retry with the old version: the deleted comment, not a conflict.
    expect(ok(await actions.deleteReportCommentAction(city.slug, { id: c.id, version: 1 }))).toEqual({ id: c.id, version: 2 });

    const stored = await db().reportComment.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored.body).toBe("");
    expect(stored.deletedAt).not.toBeNull();
    for (const role of ["officer", "council_member"] as const) {
      const t = (await threadOf(role, c.id))!;
      expect(t, role).toMatchObject({ state: "deleted", body: "", authorId: null, authorName: null, isMine: false, canEdit: false });
      expect(t.replies.map((r) => r.body)).toEqual(["A reply that stays"]);
    }
    expect((await viewAs("officer")).stats).toMatchObject({ comments: before.comments, replies: before.replies + 1, commenters: before.commenters + 1 });

    // With its last reply gone too, the deleted thread leaves the page.
    session.user = city.users.council_member;
    ok(await actions.deleteReportCommentAction(city.slug, { id: reply.id, version: 1 }));
    expect(await threadOf("officer", c.id)).toBeUndefined();
    expect((await viewAs("officer")).stats).toMatchObject({ comments: before.comments, replies: before.replies });
  });

  it("officers hide with a reason and show again; the advisory council and council see a placeholder and the replies", async () => {
    const before = (await viewAs("officer")).stats;
    const c = await add("advisory_member", { body: "Something about a named resident" });
    await add("council_member", { body: "Please do not name people", parentId: c.id });

    for (const role of ["advisory_member", "council_member"] as const) {
      session.user = city.users[role];
      expect(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 1, reason: "x" }), role).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    }
    await expect(core.hideComment(await actorOf("advisory_member"), { id: c.id, version: 1, reason: "x" })).rejects.toMatchObject({ code: "forbidden" });
    session.user = city.users.officer;
    expect(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 1, reason: " " })).toMatchObject({
      ok: false,
      error: { fieldErrors: { reason: ["consultation.validation.reasonRequired"] } },
    });
    expect(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 1, reason: "x".repeat(501) })).toMatchObject({
      ok: false,
      error: { fieldErrors: { reason: ["consultation.validation.reasonTooLong"] } },
    });
    ok(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 1, reason: "x".repeat(500) }));
    ok(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 2, reason: "Names a resident" }));

    for (const role of ["advisory_member", "council_member"] as const) {
      const t = (await threadOf(role, c.id))!;
      expect(t, role).toMatchObject({ state: "hidden", body: "", hiddenReason: "", authorId: null, authorName: null, editedAt: null });
      expect(
        t.replies.map((r) => r.body),
        role,
      ).toEqual(["Please do not name people"]);
    }
    // Its author is told it is theirs (they may still delete it), not what the officer wrote.
    expect(await threadOf("advisory_member", c.id)).toMatchObject({ isMine: true, canEdit: false });
    expect(await threadOf("officer", c.id)).toMatchObject({
      state: "hidden",
      body: "Something about a named resident",
      hiddenReason: "Names a resident",
      authorName: city.users.advisory_member.name,
    });
    expect((await viewAs("council_member")).stats).toMatchObject({ comments: before.comments, replies: before.replies + 1 });

    session.user = city.users.advisory_member;
    expect(await actions.unhideReportCommentAction(city.slug, { id: c.id, version: 3 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = city.users.officer;
    ok(await actions.unhideReportCommentAction(city.slug, { id: c.id, version: 3 }));
    expect(await threadOf("council_member", c.id)).toMatchObject({ state: "visible", body: "Something about a named resident", hiddenReason: "" });
    expect((await viewAs("council_member")).stats).toMatchObject({ comments: before.comments + 1 });
  });

  it("refuses a stale version of every change as a conflict, without showing the comment to someone who may not change it", async () => {
    const c = await add("advisory_member", { body: "Version one" });
    session.user = city.users.advisory_member;
    ok(await actions.editReportCommentAction(city.slug, { id: c.id, version: 1, body: "Version two" }));
    expect(await actions.editReportCommentAction(city.slug, { id: c.id, version: 1, body: "From an old tab" })).toMatchObject({
      ok: false,
      error: { code: "conflict", current: { body: "Version two", version: 2 } },
    });
    expect(await actions.deleteReportCommentAction(city.slug, { id: c.id, version: 1 })).toMatchObject({ ok: false, error: { code: "conflict" } });
    session.user = city.users.officer;
    expect(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 1, reason: "r" })).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await actions.unhideReportCommentAction(city.slug, { id: c.id, version: 1 })).toMatchObject({ ok: false, error: { code: "conflict" } });
    // Its author retrying after an officer hid it learns that it changed, not why.
    ok(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 2, reason: "Secret reason" }));
    session.user = city.users.advisory_member;
    const hidden = await actions.deleteReportCommentAction(city.slug, { id: c.id, version: 2 });
    expect(hidden).toMatchObject({ ok: false, error: { code: "conflict", current: { version: 3, body: "" } } });
    expect(JSON.stringify(hidden)).not.toMatch(/Secret reason|Version two/);
    session.user = city.users.council_member;
    const r = await actions.editReportCommentAction(city.slug, { id: c.id, version: 1, body: "Not mine" });
    expect(r).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(JSON.stringify(r)).not.toContain("Version two");
    expect((await db().reportComment.findUniqueOrThrow({ where: { id: c.id } })).body).toBe("Version two");
  });

  it("audits every change with before and after; the deleted text is kept only there", async () => {
    const c = await add("advisory_member", { body: "Original words" });
    session.user = city.users.advisory_member;
    ok(await actions.editReportCommentAction(city.slug, { id: c.id, version: 1, body: "Better words" }));
    session.user = city.users.officer;
    ok(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 2, reason: "Check first" }));
    ok(await actions.unhideReportCommentAction(city.slug, { id: c.id, version: 3 }));
    session.user = city.users.advisory_member;
    ok(await actions.deleteReportCommentAction(city.slug, { id: c.id, version: 4 }));

    const log = await db().auditLog.findMany({ where: { entity: "ReportComment", entityId: c.id }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.action, l.actorId])).toEqual([
      ["create", city.users.advisory_member.id],
      ["update", city.users.advisory_member.id],
      ["hide", city.users.officer.id],
      ["unhide", city.users.officer.id],
      ["delete", city.users.advisory_member.id],
    ]);
    expect(log[1]).toMatchObject({ before: { body: "Original words", version: 1 }, after: { body: "Better words", version: 2 } });
    expect(log[2]).toMatchObject({ after: { hiddenReason: "Check first", hiddenBy: city.users.officer.id } });
    expect(log[4]).toMatchObject({ before: { body: "Better words" }, after: { body: "" } });
  });

  it("answers 404 for another city's comment, to its own officers and admin", async () => {
    const c = await add("advisory_member", { body: "Only in this city" });
    for (const role of ["officer", "city_admin"] as const) {
      session.user = other.users[role];
      expect(await actions.editReportCommentAction(other.slug, { id: c.id, version: 1, body: "x" }), role).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
      expect(await actions.deleteReportCommentAction(other.slug, { id: c.id, version: 1 }), role).toMatchObject({ ok: false, error: { code: "not_found" } });
      expect(await actions.hideReportCommentAction(other.slug, { id: c.id, version: 1, reason: "x" }), role).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
      expect(await actions.unhideReportCommentAction(other.slug, { id: c.id, version: 1 }), role).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    // …and a member of this city is not let into the other city at all.
    session.user = city.users.officer;
    expect(await actions.hideReportCommentAction(other.slug, { id: c.id, version: 1, reason: "x" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await db().reportComment.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(1);
  });

  it("leaves hidden and deleted comments out of the generated report's advisory council activity", async () => {
    const year = new Date().getUTCFullYear();
    const activity = async () => (await generateReportData(db(), city.cityId, year)).advisory;
    const start = await activity();
    const hidden = await add("advisory_member", { body: "Counted until hidden" });
    const deleted = await add("advisory_member", { body: "Counted until deleted" });
    expect(await activity()).toEqual({ comments: start.comments + 2, commenters: Math.max(start.commenters, 1) });

    session.user = city.users.officer;
    ok(await actions.hideReportCommentAction(city.slug, { id: hidden.id, version: 1, reason: "Off topic" }));
    session.user = city.users.advisory_member;
    ok(await actions.deleteReportCommentAction(city.slug, { id: deleted.id, version: 1 }));
    expect(await activity()).toEqual(start);
  });

  it("stays possible once the report is approved, as for an adopted declaration (comments are not part of the frozen report)", async () => {
    const c = await add("advisory_member", { body: "Made before approval" });
    session.user = city.users.officer;
    await approveThroughActions(actions, session, city, modReportId, "Council decision 8.");
    ok(await actions.hideReportCommentAction(city.slug, { id: c.id, version: 1, reason: "Abusive" }));
    session.user = city.users.advisory_member;
    ok(await actions.deleteReportCommentAction(city.slug, { id: c.id, version: 2 }));
  });
});
