/**
 * The comments engine's contract: one suite of tests that every target must pass against a real
 * database (tests/integration/comments-contract.test.ts runs it for each target). A new target
 * adds one call there with its fixture; what the suite proves is what the README promises.
 * Test code, imported only by tests.
 */
import { describe, expect, it } from "vitest";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import type { Role } from "@/lib/generated/control/enums";
import type { TCommentEdit, TCommentHide, TCommentOutcome, TCommentRef, TCommentResolve } from "./schema";
import type { CommentRow, TargetOf } from "./target";

/** The engine's operations bound to a target (commentsOn). */
export interface BoundComments<Raw, Row extends CommentRow> {
  target: TargetOf<Row>;
  addComment(scope: CityScope, input: Raw, now?: Date): Promise<Row>;
  editComment(scope: CityScope, input: TCommentEdit, now?: Date): Promise<Row>;
  deleteComment(scope: CityScope, input: TCommentRef, now?: Date): Promise<Row>;
  hideComment(scope: CityScope, input: TCommentHide, now?: Date): Promise<Row>;
  unhideComment(scope: CityScope, input: TCommentRef): Promise<Row>;
  resolveComment(scope: CityScope, input: TCommentResolve, now?: Date): Promise<Row>;
  setCommentOutcome(scope: CityScope, input: TCommentOutcome, now?: Date): Promise<Row>;
}

export interface CommentContractFixture<Raw, Row extends CommentRow> {
  name: string;
  comments: BoundComments<Raw, Row>;
  /** A member of the city under test ("this") or of another city, by role. */
  actor(role: Role, city?: "this" | "other"): Promise<CityScope>;
  /** A document of that city that every role may comment on now, and the input of a comment on it. */
  openDocument(city?: "this" | "other"): Promise<{ id: string; input: (body: string, parentId?: string) => Raw }>;
  /** The comment bodies a member who does not moderate (an advisory member) is shown for the document. */
  memberView(documentId: string): Promise<string[]>;
}

/** Defines the contract's tests for one target. */
export function defineCommentContract<Raw, Row extends CommentRow>(f: CommentContractFixture<Raw, Row>): void {
  const { comments } = f;
  const { target } = comments;
  const find = async (id: string) => (await f.actor("officer")).db.$transaction((tx) => target.rows(tx).find(id));
  const auditOf = async (id: string) =>
    (await (await f.actor("officer")).db.auditLog.findMany({ where: { entity: target.entity, entityId: id }, orderBy: { id: "asc" } })).map((l) => l.action);
  const fails = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => e as { code?: string; details?: { fieldErrors?: Record<string, string[]>; current?: Record<string, unknown> } },
    );

  describe(`comments contract: ${f.name}`, () => {
    it("adds a comment and a reply (one level deep), audits it and notifies the thread's author", async () => {
      const doc = await f.openDocument();
      const author = await f.actor("advisory_member");
      const c = await comments.addComment(author, doc.input("A first thought"));
      expect(c).toMatchObject({ body: "A first thought", version: 1, authorId: author.actor.id, parentId: null });
      const reply = await comments.addComment(await f.actor("council_member"), doc.input("A reply", c.id));
      const nested = await comments.addComment(await f.actor("officer"), doc.input("A reply to the reply", reply.id));
      expect(nested.parentId).toBe(c.id);
      expect(await auditOf(c.id)).toEqual(["create"]);
      const told = await author.db.notification.findMany({ where: { userId: author.actor.id, kind: "comment_reply" } });
      expect(told.length).toBeGreaterThanOrEqual(2);
      expect(await f.memberView(doc.id)).toEqual(expect.arrayContaining(["A first thought", "A reply", "A reply to the reply"]));
    });

    it("lets only the author edit, with the body checked as when adding", async () => {
      const doc = await f.openDocument();
      const author = await f.actor("advisory_member");
      const c = await comments.addComment(author, doc.input("Typo hear"));
      for (const role of ["council_member", "officer"] as const) {
        expect(await fails(comments.editComment(await f.actor(role), { id: c.id, version: 1, body: "Not mine" })), role).toMatchObject({ code: "forbidden" });
      }
      expect(await fails(comments.editComment(author, { id: c.id, version: 1, body: "  " }))).toMatchObject({
        code: "validation",
        details: { fieldErrors: { body: ["consultation.validation.bodyRequired"] } },
      });
      const edited = await comments.editComment(author, { id: c.id, version: 1, body: "Typo here" });
      expect(edited).toMatchObject({ body: "Typo here", version: 2 });
      expect(edited.editedAt).not.toBeNull();
    });

    it("refuses a stale version of every change as a conflict with what is stored now", async () => {
      const doc = await f.openDocument();
      const author = await f.actor("advisory_member");
      const officer = await f.actor("officer");
      const c = await comments.addComment(author, doc.input("Version one"));
      await comments.editComment(author, { id: c.id, version: 1, body: "Version two" });
      const stale = { id: c.id, version: 1 };
      // One at a time: the changes run in turn, as people's clicks would.
      for (const attempt of [
        () => comments.editComment(author, { ...stale, body: "From an old tab" }),
        () => comments.deleteComment(author, stale),
        () => comments.hideComment(officer, { ...stale, reason: "r" }),
        () => comments.unhideComment(officer, stale),
        () => comments.setCommentOutcome(officer, { ...stale, outcome: "accepted", reason: "r" }),
      ]) {
        expect(await fails(attempt())).toMatchObject({ code: "conflict", details: { current: { id: c.id, version: 2, body: "Version two" } } });
      }
      expect(await find(c.id)).toMatchObject({ body: "Version two", version: 2, deletedAt: null, hiddenAt: null });
    });

    it("deletes (author only) by emptying the body; deleting again succeeds and changes nothing", async () => {
      const doc = await f.openDocument();
      const author = await f.actor("advisory_member");
      const c = await comments.addComment(author, doc.input("I take this back"));
      expect(await fails(comments.deleteComment(await f.actor("council_member"), { id: c.id, version: 1 }))).toMatchObject({ code: "forbidden" });
      const deleted = await comments.deleteComment(author, { id: c.id, version: 1 });
      expect(deleted).toMatchObject({ body: "", version: 2 });
      expect(deleted.deletedAt).not.toBeNull();
      // A second click, or a retry with the old version: the deleted comment, not a conflict.
      for (const version of [1, 2]) expect(await comments.deleteComment(author, { id: c.id, version })).toMatchObject({ id: c.id, version: 2, body: "" });
      expect(await auditOf(c.id)).toEqual(["create", "delete"]);
      expect(await f.memberView(doc.id)).not.toContain("I take this back");
    });

    it("hides with a reason (moderators only) and shows again; a hidden comment is off the members' view", async () => {
      const doc = await f.openDocument();
      const author = await f.actor("advisory_member");
      const officer = await f.actor("officer");
      const c = await comments.addComment(author, doc.input("Names a resident"));
      for (const role of ["advisory_member", "council_member"] as const) {
        expect(await fails(comments.hideComment(await f.actor(role), { id: c.id, version: 1, reason: "x" })), role).toMatchObject({ code: "forbidden" });
      }
      expect(await fails(comments.hideComment(officer, { id: c.id, version: 1, reason: " " }))).toMatchObject({
        code: "validation",
        details: { fieldErrors: { reason: ["consultation.validation.reasonRequired"] } },
      });
      const hidden = await comments.hideComment(officer, { id: c.id, version: 1, reason: "Personal data" });
      expect(hidden).toMatchObject({ version: 2, hiddenReason: "Personal data", hiddenBy: officer.actor.id });
      expect(await f.memberView(doc.id)).not.toContain("Names a resident");
      // Its author learns that it changed, not why.
      const error = await fails(comments.editComment(author, { id: c.id, version: 2, body: "Sneaky" }));
      expect(error).toMatchObject({ code: "forbidden" });
      const conflict = await fails(comments.deleteComment(author, { id: c.id, version: 1 }));
      expect(conflict).toMatchObject({ code: "conflict", details: { current: { body: "" } } });
      expect(JSON.stringify(conflict)).not.toMatch(/Personal data|Names a resident/);

      expect(await fails(comments.unhideComment(author, { id: c.id, version: 2 }))).toMatchObject({ code: "forbidden" });
      await comments.unhideComment(officer, { id: c.id, version: 2 });
      expect(await find(c.id)).toMatchObject({ hiddenAt: null, hiddenReason: "", version: 3 });
      expect(await f.memberView(doc.id)).toContain("Names a resident");
    });

    it("records an officer's outcome on a thread (not a reply) and tells its author; resolves where the target does", async () => {
      const doc = await f.openDocument();
      const author = await f.actor("advisory_member");
      const officer = await f.actor("officer");
      const c = await comments.addComment(author, doc.input("Add the right to water"));
      const reply = await comments.addComment(officer, doc.input("We will look at it", c.id));
      expect(await fails(comments.setCommentOutcome(author, { id: c.id, version: 1, outcome: "accepted", reason: "x" }))).toMatchObject({ code: "forbidden" });
      expect(await fails(comments.setCommentOutcome(officer, { id: reply.id, version: 1, outcome: "accepted", reason: "x" }))).toMatchObject({
        code: "validation",
        details: { fieldErrors: { id: ["consultation.validation.threadOnly"] } },
      });
      const answered = await comments.setCommentOutcome(officer, { id: c.id, version: 1, outcome: "partly_accepted", reason: "Article 4 covers it" });
      expect(answered).toMatchObject({ outcome: "partly_accepted", outcomeReason: "Article 4 covers it", outcomeBy: officer.actor.id, version: 2 });
      const note = await author.db.notification.findFirst({ where: { userId: author.actor.id, kind: "comment_outcome" }, orderBy: { createdAt: "desc" } });
      expect(note?.body).toContain("Article 4 covers it");
      expect(note?.link).toContain(`#comment-${c.id}`);

      if (target.resolvable) {
        expect(await fails(comments.resolveComment(await f.actor("council_member"), { id: c.id, version: 2, resolved: true }))).toMatchObject({
          code: "forbidden",
        });
        const resolved = await comments.resolveComment(officer, { id: c.id, version: 2, resolved: true });
        expect(resolved.resolvedAt).not.toBeNull();
        const reopened = await comments.resolveComment(author, { id: c.id, version: 3, resolved: false });
        expect(reopened.resolvedAt).toBeNull();
        expect(await auditOf(c.id)).toEqual(["create", "outcome", "resolve", "reopen"]);
      } else {
        expect(await fails(comments.resolveComment(officer, { id: c.id, version: 2, resolved: true }))).toMatchObject({ code: "forbidden" });
        expect(await auditOf(c.id)).toEqual(["create", "outcome"]);
      }
    });

    it("audits every change with before and after; a deleted text is kept only there", async () => {
      const doc = await f.openDocument();
      const author = await f.actor("advisory_member");
      const officer = await f.actor("officer");
      const c = await comments.addComment(author, doc.input("Original words"));
      await comments.editComment(author, { id: c.id, version: 1, body: "Better words" });
      await comments.hideComment(officer, { id: c.id, version: 2, reason: "Check first" });
      await comments.unhideComment(officer, { id: c.id, version: 3 });
      await comments.deleteComment(author, { id: c.id, version: 4 });
      const log = await officer.db.auditLog.findMany({ where: { entity: target.entity, entityId: c.id }, orderBy: { id: "asc" } });
      expect(log.map((l) => [l.action, l.actorId])).toEqual([
        ["create", author.actor.id],
        ["update", author.actor.id],
        ["hide", officer.actor.id],
        ["unhide", officer.actor.id],
        ["delete", author.actor.id],
      ]);
      expect(log[1]).toMatchObject({ before: { body: "Original words", version: 1 }, after: { body: "Better words", version: 2 } });
      expect(log[2]).toMatchObject({ after: { hiddenReason: "Check first", hiddenBy: officer.actor.id } });
      expect(log[4]).toMatchObject({ before: { body: "Better words" }, after: { body: "" } });
    });

    it("answers not-found for another city's comment and document, even to that city's admin", async () => {
      const doc = await f.openDocument("other");
      const theirs = await comments.addComment(await f.actor("advisory_member", "other"), doc.input("Only in the other city"));
      const admin = await f.actor("city_admin");
      const ref = { id: theirs.id, version: 1 };
      for (const attempt of [
        () => comments.addComment(admin, doc.input("Into the other city")),
        () => comments.editComment(admin, { ...ref, body: "x" }),
        () => comments.deleteComment(admin, ref),
        () => comments.hideComment(admin, { ...ref, reason: "x" }),
        () => comments.unhideComment(admin, ref),
        () => comments.setCommentOutcome(admin, { ...ref, outcome: "accepted", reason: "x" }),
      ]) {
        expect(await fails(attempt())).toMatchObject({ code: "not_found" });
      }
      const mine = await f.openDocument();
      expect(await fails(comments.addComment(admin, mine.input("A reply into the other city", theirs.id)))).toMatchObject({ code: "not_found" });
      const stored = await (await f.actor("officer", "other")).db.$transaction((tx) => target.rows(tx).find(theirs.id));
      expect(stored).toMatchObject({ body: "Only in the other city", version: 1 });
    });
  });
}
