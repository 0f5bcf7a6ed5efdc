/**
 * Comments on the annual report (issue 6): who may comment when (officers while writing, the
 * advisory council and the council only in consultation), passages that must be in the section,
 * replies one level deep, outcomes with reasons that the commenter sees and is notified of, the
 * counts, conflicts, and that another city's report or comment is a 404.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const actions = await import("@/app/(app)/[city]/workspace/reports/actions");
const { cityDbForSchema } = await import("@/lib/db/city-clients");
const { loadReportComments, mayCommentOnReport } = await import("@/lib/reports/report-comments");

let city: TestCity;
let other: TestCity;
const db = () => cityDbForSchema(city.schemaName);
type Result<T> = { ok: true; data: T } | { ok: false; error: { code: string; fieldErrors?: Record<string, string[]> } };
const ok = <T,>(r: Result<T>): T => {
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
  reportId = ok(await actions.createReport(city.slug, { year: 2025, locales: ["en"] })).id;
  sectionId = ok(await actions.saveSection(city.slug, { reportId, topic: "report", kind: "summary", locale: "en", content: SUMMARY, version: 0 })).id;
  version = (await db().annualReport.findUniqueOrThrow({ where: { id: reportId } })).version;
  session.user = other.users.officer;
  otherReportId = ok(await actions.createReport(other.slug, { year: 2025, locales: ["en"] })).id;
});

describe("report comments", () => {
  it("lets officers comment on the draft, the advisory council and council only in consultation", async () => {
    expect(mayCommentOnReport("advisory_member", "draft")).toBe(false);
    expect(mayCommentOnReport("advisory_member", "consultation")).toBe(true);
    expect(mayCommentOnReport("council_member", "consultation")).toBe(true);
    expect(mayCommentOnReport("officer", "draft")).toBe(true);
    for (const status of ["approved", "published"] as const) for (const role of ["officer", "advisory_member"] as const) expect(mayCommentOnReport(role, status)).toBe(false);

    session.user = city.users.advisory_member;
    expect(await actions.addReportComment(city.slug, { reportId, body: "Too early?" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = city.users.officer;
    ok(await actions.addReportComment(city.slug, { reportId, body: "Officer's note on the draft." }));
    version = ok(await actions.transitionReport(city.slug, { id: reportId, version, to: "consultation", note: "" })).version;
  });

  it("takes comments on a passage (which must be in the section), a section and the whole report, and replies", async () => {
    session.user = city.users.advisory_member;
    const passage = ok(await actions.addReportComment(city.slug, { reportId, sectionId, quote: "Waiting lists stayed long.", body: "Say how long, in weeks." }));
    expect(await actions.addReportComment(city.slug, { reportId, sectionId, quote: "Words that are not there", body: "x" })).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { quote: ["reports.comments.quoteNotFound"] } },
    });
    expect(await actions.addReportComment(city.slug, { reportId, quote: "The help desk", body: "x" })).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await actions.addReportComment(city.slug, { reportId, body: "   " })).toMatchObject({ ok: false, error: { fieldErrors: { body: ["consultation.validation.bodyRequired"] } } });
    ok(await actions.addReportComment(city.slug, { reportId, sectionId, body: "The summary misses the good practice." }));

    session.user = city.users.council_member;
    const reply = ok(await actions.addReportComment(city.slug, { reportId, parentId: passage.id, body: "Agreed." }));
    // A reply to a reply joins the thread.
    const nested = ok(await actions.addReportComment(city.slug, { reportId, parentId: reply.id, body: "And in numbers." }));
    expect((await db().reportComment.findUniqueOrThrow({ where: { id: nested.id } })).parentId).toBe(passage.id);

    // The advisory member is told of the reply.
    const notes = await db().notification.findMany({ where: { userId: city.users.advisory_member.id, kind: "comment_reply" } });
    expect(notes.length).toBe(2);
    expect(notes[0]!.link).toContain(`/workspace/reports/${reportId}#comment-`);
    // Every comment is audited.
    expect(await db().auditLog.count({ where: { entity: "ReportComment", action: "create" } })).toBe(5);
  });

  it("records an outcome with a reason (officers only, one per thread, version-checked) that the commenter sees", async () => {
    const { threads } = await loadReportComments(db(), reportId);
    const passage = threads.find((t) => t.quote)!;
    session.user = city.users.advisory_member;
    expect(await actions.setReportCommentOutcome(city.slug, { id: passage.id, version: passage.version, outcome: "accepted", reason: "x" })).toMatchObject({ ok: false, error: { code: "forbidden" } });

    session.user = city.users.officer;
    expect(await actions.setReportCommentOutcome(city.slug, { id: passage.id, version: passage.version, outcome: "accepted", reason: "" })).toMatchObject({ ok: false, error: { fieldErrors: { reason: ["consultation.validation.reasonRequired"] } } });
    expect(await actions.setReportCommentOutcome(city.slug, { id: passage.replies[0]!.id, version: 1, outcome: "accepted", reason: "r" })).toMatchObject({ ok: false, error: { code: "validation" } });
    ok(await actions.setReportCommentOutcome(city.slug, { id: passage.id, version: passage.version, outcome: "partly_accepted", reason: "Weeks added for the help desk only." }));
    // Someone answering from the same stale version is refused, not overwritten.
    expect(await actions.setReportCommentOutcome(city.slug, { id: passage.id, version: passage.version, outcome: "not_taken_up", reason: "No." })).toMatchObject({ ok: false, error: { code: "conflict" } });

    const after = await loadReportComments(db(), reportId);
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
    ok(await actions.saveSection(city.slug, { reportId, topic: "report", kind: "summary", locale: "en", content: "The help desk opened in March.", version: 1 }));
    const { threads } = await loadReportComments(db(), reportId);
    expect(threads.find((t) => t.quote)!.quoteFound).toBe(false);
  });

  it("answers 404 for another city's report, section or comment", async () => {
    session.user = city.users.officer;
    expect(await actions.addReportComment(city.slug, { reportId: otherReportId, body: "x" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    const mine = (await loadReportComments(db(), reportId)).threads[0]!;
    session.user = other.users.officer;
    expect(await actions.addReportComment(other.slug, { reportId: otherReportId, sectionId, body: "x" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await actions.addReportComment(other.slug, { reportId: otherReportId, parentId: mine.id, body: "x" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await actions.setReportCommentOutcome(other.slug, { id: mine.id, version: mine.version, outcome: "accepted", reason: "r" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    // …and with the other city's slug, a member of this city is not let in at all.
    session.user = city.users.officer;
    expect(await actions.addReportComment(other.slug, { reportId: otherReportId, body: "x" })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("is closed once the report is approved", async () => {
    session.user = city.users.officer;
    version = (await db().annualReport.findUniqueOrThrow({ where: { id: reportId } })).version;
    ok(await actions.transitionReport(city.slug, { id: reportId, version, to: "approved", note: "Council decision 7." }));
    expect(await actions.addReportComment(city.slug, { reportId, body: "Late." })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = city.users.advisory_member;
    expect(await actions.addReportComment(city.slug, { reportId, body: "Late." })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
