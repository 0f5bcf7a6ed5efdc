import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testScope } from "../helpers/city-scope";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import type { Role } from "@/lib/generated/control/enums";
import { createTestCity, type TestCity } from "../helpers/cities";
import type { PMDoc } from "@/lib/features/declaration/comment-anchors";
import { createDeclaration, sampleDoc } from "../helpers/declaration";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const actions = await import("@/app/(app)/[city]/workspace/consultation/actions");
const { declarationComments: core } = await import("@/lib/features/comments/targets/declaration");
const { loadConsultation, groupForSummary } = await import("@/lib/features/declaration/consultation-view");
const { saveDeclarationVersion } = await import("@/lib/features/declaration/save-version");
const { findAnchors } = await import("@/lib/features/declaration/comment-anchors");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { COMMENT_EDIT_WINDOW_MS } = await import("@/lib/features/comments/schema");

let city: TestCity;
let other: TestCity;
const db = () => cityDbForSchema(city.schemaName);

async function actorOf(role: Role, c: TestCity = city) {
  const u = c.users[role];
  const row = await controlDb().city.findUniqueOrThrow({ where: { id: c.cityId } });
  return { db: cityDbForSchema(c.schemaName), city: row, actor: { id: u.id, name: u.name, role } };
}

const notificationsOf = (userId: string) => db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  city = await createTestCity("cc");
  other = await createTestCity("cc");
});

beforeEach(() => {
  session.user = null;
});

describe("who may comment when", () => {
  it("advisory and council members only while the consultation is open; officers also on a draft; nobody on an adopted text", async () => {
    const draft = await createDeclaration(city.schemaName, { status: "draft" });
    session.user = city.users.advisory_member;
    expect(await actions.addCommentAction(city.slug, { declarationId: draft.id, body: "Too early" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    session.user = city.users.officer;
    expect(await actions.addCommentAction(city.slug, { declarationId: draft.id, body: "Note to self" })).toMatchObject({ ok: true });

    const open = await createDeclaration(city.schemaName, { status: "consultation" });
    for (const role of ["advisory_member", "council_member", "officer", "city_admin"] as const) {
      session.user = city.users[role];
      expect(await actions.addCommentAction(city.slug, { declarationId: open.id, body: `From ${role}` }), role).toMatchObject({ ok: true });
    }

    const closed = await createDeclaration(city.schemaName, { status: "consultation", closesOn: new Date("2020-01-01T00:00:00Z") });
    session.user = city.users.advisory_member;
    expect(await actions.addCommentAction(city.slug, { declarationId: closed.id, body: "Late" })).toMatchObject({ ok: false, error: { code: "forbidden" } });

    const adopted = await createDeclaration(city.schemaName, { status: "adopted" });
    session.user = city.users.officer;
    expect(await actions.addCommentAction(city.slug, { declarationId: adopted.id, body: "Frozen" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("only officers answer, hide and publish the summary", async () => {
    const d = await createDeclaration(city.schemaName);
    session.user = city.users.advisory_member;
    const c = await actions.addCommentAction(city.slug, { declarationId: d.id, body: "A point" });
    if (!c.ok) throw new Error("comment failed");
    for (const role of ["advisory_member", "council_member"] as const) {
      session.user = city.users[role];
      expect(await actions.setCommentOutcomeAction(city.slug, { ...c.data, outcome: "accepted", reason: "x" })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(await actions.hideCommentAction(city.slug, { ...c.data, reason: "x" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await actions.publishSummaryAction(city.slug, { declarationId: d.id, version: 1, published: true })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    }
  });
});

describe("anchored comments", () => {
  it("marks the passage in the current text, with its quote and article; a reply and a mention notify", async () => {
    const d = await createDeclaration(city.schemaName);
    const advisory = await actorOf("advisory_member");
    const text = "Everyone has the right to adequate housing in the city.";
    const from = text.indexOf("adequate housing");
    const c = await core.addComment(advisory, {
      declarationId: d.id,
      body: "Say what adequate means.",
      selection: { blockIndex: 2, from, to: from + "adequate housing".length },
      mentions: [city.users.council_member.id],
      publicNameConsent: true,
    });
    expect(c).toMatchObject({ quote: "adequate housing", articleLabel: "Article 1 — Housing", versionNumber: 1, publicNameConsent: true });
    const v1 = await db().declarationVersion.findFirstOrThrow({ where: { declarationId: d.id, number: 1 } });
    expect(findAnchors(v1.content as never).get(c.anchorId!)).toMatchObject({ blockIndex: 2, quote: "adequate housing" });

    const mention = (await notificationsOf(city.users.council_member.id)).at(-1);
    expect(mention).toMatchObject({ kind: "comment_mention", title: "advisory_member mentioned you in a comment" });

    const officer = await actorOf("officer");
    await core.addComment(officer, { declarationId: d.id, body: "Good point, we will define it.", parentId: c.id });
    const reply = (await notificationsOf(city.users.advisory_member.id)).at(-1);
    expect(reply).toMatchObject({ kind: "comment_reply", body: "Good point, we will define it." });
    expect(reply?.link).toBe(
      `/${city.slug}/workspace/consultation#comment-`.concat((await db().declarationComment.findFirstOrThrow({ where: { parentId: c.id } })).id),
    );

    // A mention of someone outside the city is refused.
    await expect(core.addComment(advisory, { declarationId: d.id, body: "x", mentions: [other.users.officer.id] })).rejects.toMatchObject({
      code: "validation",
    });
  });

  it("the officer's outcome reaches the commenter, in the view and as a notification", async () => {
    const d = await createDeclaration(city.schemaName);
    const advisory = await actorOf("advisory_member");
    const c = await core.addComment(advisory, { declarationId: d.id, body: "Add an article on the right to water." });
    const officer = await actorOf("officer");
    await core.setCommentOutcome(officer, { id: c.id, version: c.version, outcome: "accepted", reason: "Article 4 now covers water." });
    const n = (await notificationsOf(city.users.advisory_member.id)).at(-1);
    expect(n).toMatchObject({ kind: "comment_outcome", title: "Your comment was answered: Accepted" });
    expect(n?.body).toContain("Article 4 now covers water.");

    const view = await loadConsultation(db(), { id: advisory.actor.id, role: "advisory_member" }, { declarationId: d.id });
    expect(view?.threads[0]).toMatchObject({ isMine: true, outcome: "accepted", outcomeReason: "Article 4 now covers water." });
    expect(view?.stats).toMatchObject({ comments: 1, commenters: 1, answered: 1, acceptedShare: 1 });

    // Stale version: refused with what is stored now.
    await expect(core.setCommentOutcome(officer, { id: c.id, version: c.version, outcome: "not_taken_up", reason: "x" })).rejects.toMatchObject({
      code: "conflict",
      details: { current: { outcome: "accepted" } },
    });
  });
});

describe("moderation and privacy", () => {
  it("the author edits within the window only; others never", async () => {
    const d = await createDeclaration(city.schemaName);
    const advisory = await actorOf("advisory_member");
    const t0 = new Date();
    const c = await core.addComment(advisory, { declarationId: d.id, body: "Typo here" }, t0);
    const edited = await core.editComment(advisory, { id: c.id, version: c.version, body: "Fixed" }, new Date(t0.getTime() + 60_000));
    expect(edited).toMatchObject({ body: "Fixed", version: 2 });
    expect(edited.editedAt).not.toBeNull();
    await expect(
      core.editComment(advisory, { id: c.id, version: 2, body: "Late" }, new Date(t0.getTime() + COMMENT_EDIT_WINDOW_MS + 1000)),
    ).rejects.toMatchObject({ code: "validation" });
    await expect(core.editComment(await actorOf("officer"), { id: c.id, version: 2, body: "Not mine" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("deleting keeps the replies; hiding keeps a reason that only officers read; both are in the audit log", async () => {
    const d = await createDeclaration(city.schemaName);
    const advisory = await actorOf("advisory_member");
    const council = await actorOf("council_member");
    const officer = await actorOf("officer");
    const first = await core.addComment(advisory, { declarationId: d.id, body: "First thought" });
    await core.addComment(council, { declarationId: d.id, body: "I agree", parentId: first.id });
    const offensive = await core.addComment(council, { declarationId: d.id, body: "Something offensive" });

    await expect(core.deleteComment(council, { id: first.id, version: first.version })).rejects.toMatchObject({ code: "forbidden" });
    await core.deleteComment(advisory, { id: first.id, version: first.version });
    await core.hideComment(officer, { id: offensive.id, version: offensive.version, reason: "Insults a resident" });

    const seenByAdvisory = await loadConsultation(db(), { id: advisory.actor.id, role: "advisory_member" }, { declarationId: d.id });
    const deleted = seenByAdvisory!.threads.find((t) => t.id === first.id)!;
    expect(deleted).toMatchObject({ state: "deleted", body: "" });
    expect(deleted.replies.map((r) => r.body)).toEqual(["I agree"]);
    const hidden = seenByAdvisory!.threads.find((t) => t.id === offensive.id)!;
    expect(hidden).toMatchObject({ state: "hidden", body: "", hiddenReason: "" });

    const seenByOfficer = await loadConsultation(db(), { id: officer.actor.id, role: "officer" }, { declarationId: d.id });
    expect(seenByOfficer!.threads.find((t) => t.id === offensive.id)).toMatchObject({
      state: "hidden",
      body: "Something offensive",
      hiddenReason: "Insults a resident",
    });
    expect(seenByOfficer!.stats).toMatchObject({ comments: 0, replies: 1 });

    const log = await db().auditLog.findMany({ where: { entityId: { in: [first.id, offensive.id] } }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["create", "create", "delete", "hide"]);
  });

  it("a stale version never shows a member what moderation keeps from them", async () => {
    const d = await createDeclaration(city.schemaName);
    const council = await actorOf("council_member");
    const advisory = await actorOf("advisory_member");
    const hidden = await core.addComment(council, { declarationId: d.id, body: "Something offensive" });
    await core.hideComment(await actorOf("officer"), { id: hidden.id, version: hidden.version, reason: "Insults a resident" });
    // Someone else's comment, with a wrong version: refused as forbidden, not as a conflict that
    // would carry the stored comment.
    for (const attempt of [
      () => core.editComment(advisory, { id: hidden.id, version: 99, body: "x" }),
      () => core.deleteComment(advisory, { id: hidden.id, version: 99 }),
      () => core.resolveComment(advisory, { id: hidden.id, version: 99, resolved: true }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "forbidden" });
    }
    // Its own author, stale: a conflict with the id and version only — not the text, not the reason.
    const error = await core.deleteComment(council, { id: hidden.id, version: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "conflict", details: { current: { id: hidden.id, body: "" } } });
    const sent = JSON.stringify((error as { details: unknown }).details);
    expect(sent).not.toContain("Something offensive");
    expect(sent).not.toContain("Insults a resident");
  });

  it("resolve and reopen: officers or the thread's author", async () => {
    const d = await createDeclaration(city.schemaName);
    const advisory = await actorOf("advisory_member");
    const c = await core.addComment(advisory, { declarationId: d.id, body: "Resolve me" });
    await expect(core.resolveComment(await actorOf("council_member"), { id: c.id, version: 1, resolved: true })).rejects.toMatchObject({ code: "forbidden" });
    const r = await core.resolveComment(await actorOf("officer"), { id: c.id, version: 1, resolved: true });
    expect(r.resolvedAt).not.toBeNull();
    const reopened = await core.resolveComment(advisory, { id: c.id, version: 2, resolved: false });
    expect(reopened.resolvedAt).toBeNull();
  });

  it("comment bodies are plain text: markup is stored as typed and never interpreted", async () => {
    const d = await createDeclaration(city.schemaName);
    const advisory = await actorOf("advisory_member");
    const corpus = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "javascript:alert(1)", '=HYPERLINK("http://x")'];
    for (const body of corpus) await core.addComment(advisory, { declarationId: d.id, body });
    const view = await loadConsultation(db(), { id: advisory.actor.id, role: "advisory_member" }, { declarationId: d.id });
    expect(view!.threads.map((t) => t.body)).toEqual(corpus);
  });
});

describe("anchors across saves", () => {
  it("a commenter's new anchor is re-applied into the officer's save; a deleted passage orphans its comment, grouped apart in the summary", async () => {
    const d = await createDeclaration(city.schemaName);
    const advisory = await actorOf("advisory_member");
    const participation = "Residents take part in decisions that affect them.";
    // The officer loaded version 1 (no anchors); meanwhile two comments are made on it.
    const onHousing = await core.addComment(advisory, { declarationId: d.id, body: "Define adequate", selection: { blockIndex: 2, from: 26, to: 42 } });
    const onParticipation = await core.addComment(advisory, {
      declarationId: d.id,
      body: "Which decisions?",
      selection: { blockIndex: 4, from: 0, to: participation.length },
    });

    // The officer saves version 2 through the save path: adds a preamble paragraph (the editor's text has no anchors).
    const save = async (baseVersion: number, content: object, changeNote: string) =>
      saveDeclarationVersion(await testScope(city, city.users.officer.id, db()), { declarationId: d.id, baseVersion, content: content as never, changeNote });
    const incoming = sampleDoc();
    incoming.content.unshift({ type: "paragraph", content: [{ type: "text", text: "Preamble added." }] });
    const v2 = await save(1, incoming, "Preamble");
    expect(v2.number).toBe(2);
    expect(findAnchors(v2.content).get(onHousing.anchorId!)).toMatchObject({ blockIndex: 3, quote: "adequate housing" });
    expect(findAnchors(v2.content).has(onParticipation.anchorId!)).toBe(true);

    // Version 3, from base 2 (which had both anchors): the participation paragraph is deleted.
    const v3incoming = structuredClone(v2.content);
    v3incoming.content.splice(5, 1);
    const v3 = await save(2, v3incoming, "Participation removed");
    expect(findAnchors(v3.content).has(onHousing.anchorId!)).toBe(true);
    expect(findAnchors(v3.content).has(onParticipation.anchorId!)).toBe(false);

    // A commenter marks a passage of version 3 while an officer edits from version 3 elsewhere in
    // the text: the save keeps the new anchor (re-applied), and merges are not disturbed.
    const late = await core.addComment(advisory, { declarationId: d.id, body: "Late one", selection: { blockIndex: 0, from: 0, to: 8 } });
    const v4incoming = structuredClone(v3.content);
    v4incoming.content.push({ type: "paragraph", content: [{ type: "text", text: "Closing words." }] });
    const v4 = await save(3, v4incoming, "Closing");
    expect(findAnchors(v4.content).get(late.anchorId!)).toMatchObject({ blockIndex: 0, quote: "Preamble" });
    expect((await db().declarationComment.findUniqueOrThrow({ where: { id: late.id } })).orphanedAt).toBeNull();

    const orphan = await db().declarationComment.findUniqueOrThrow({ where: { id: onParticipation.id } });
    expect(orphan).toMatchObject({ quote: participation, version: 1 });
    expect(orphan.orphanedAt).not.toBeNull();

    const view = await loadConsultation(db(), { id: advisory.actor.id, role: "advisory_member" }, { declarationId: d.id });
    const groups = groupForSummary(view!);
    expect(groups.map((g) => [g.key, g.threads.map((t) => t.id)])).toEqual([
      ["", [late.id]],
      ["Article 1 — Housing", [onHousing.id]],
      ["orphaned", [onParticipation.id]],
    ]);
  });
});

describe("restoring an earlier version during the consultation (issue 13.6)", () => {
  it("keeps comments on passages the restored text has word for word, and lists the others before restoring", async () => {
    const { restoreDeclarationVersion } = await import("@/lib/features/declaration/restore-version");
    const d = await createDeclaration(city.schemaName);
    const advisory = await actorOf("advisory_member");
    const scope = await testScope(city, city.users.officer.id, db());
    // Version 2 adds an article on water; then comments are made on version 2.
    const v2doc = sampleDoc();
    v2doc.content.push(
      { type: "article", content: [{ type: "text", text: "Water" }] },
      { type: "paragraph", content: [{ type: "text", text: "Clean water is free at public fountains." }] },
    );
    await saveDeclarationVersion(scope, { declarationId: d.id, baseVersion: 1, content: v2doc as never, changeNote: "Water" });
    const onHousing = await core.addComment(advisory, { declarationId: d.id, body: "Define adequate", selection: { blockIndex: 2, from: 26, to: 42 } });
    const onWater = await core.addComment(advisory, { declarationId: d.id, body: "Which fountains?", selection: { blockIndex: 6, from: 0, to: 11 } });

    // Restoring version 1: the housing passage is there word for word, the water passage is not.
    const first = restoreDeclarationVersion(scope, { declarationId: d.id, number: 1, baseVersion: 2, orphansAccepted: [] });
    await expect(first).rejects.toMatchObject({ code: "conflict", messageKey: "declaration.errors.restoreOrphans" });
    const refusal = await first.catch((e: { details?: { current?: { orphans?: unknown } } }) => e.details?.current?.orphans);
    expect(refusal).toEqual([{ anchorId: onWater.anchorId, quote: "Clean water", articleLabel: "Article 3 — Water", comments: 1 }]);
    expect((await db().declaration.findUniqueOrThrow({ where: { id: d.id } })).currentVersion).toBe(2);

    // Confirmed with exactly that list: restored as version 3; housing keeps its place, water is orphaned.
    const restored = await restoreDeclarationVersion(scope, { declarationId: d.id, number: 1, baseVersion: 2, orphansAccepted: [onWater.anchorId!] });
    expect(restored.number).toBe(3);
    const v3 = await db().declarationVersion.findUniqueOrThrow({ where: { declarationId_number: { declarationId: d.id, number: 3 } } });
    expect(findAnchors(v3.content as unknown as PMDoc).get(onHousing.anchorId!)).toMatchObject({ blockIndex: 2, quote: "adequate housing" });
    expect((await db().declarationComment.findUniqueOrThrow({ where: { id: onHousing.id } })).orphanedAt).toBeNull();
    expect((await db().declarationComment.findUniqueOrThrow({ where: { id: onWater.id } })).orphanedAt).not.toBeNull();

    // Restoring version 2 again brings the water passage back, and its comment with it.
    await restoreDeclarationVersion(scope, { declarationId: d.id, number: 2, baseVersion: 3, orphansAccepted: [] });
    expect((await db().declarationComment.findUniqueOrThrow({ where: { id: onWater.id } })).orphanedAt).toBeNull();
  });
});

describe("anchors the editor had", () => {
  it("a passage the officer deleted orphans its comment even when its words occur elsewhere", async () => {
    const twice = "Everyone has a voice.";
    const content = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: twice }] },
        { type: "paragraph", content: [{ type: "text", text: `${twice} Also in the second paragraph.` }] },
      ],
    };
    const advisory = await actorOf("advisory_member");
    const deleteAndSave = async (withBase: boolean) => {
      const d = await createDeclaration(city.schemaName, { content });
      const c = await core.addComment(advisory, { declarationId: d.id, body: "Who decides?", selection: { blockIndex: 1, from: 0, to: twice.length } });
      // The officer opens the text with the comment's mark in it and deletes the second paragraph.
      const loaded = (await db().declarationVersion.findUniqueOrThrow({ where: { declarationId_number: { declarationId: d.id, number: 1 } } }))
        .content as unknown as PMDoc;
      const baseAnchorIds = [...findAnchors(loaded).keys()];
      expect(baseAnchorIds).toEqual([c.anchorId]);
      const saved = await saveDeclarationVersion(await testScope(city, city.users.officer.id, db()), {
        declarationId: d.id,
        baseVersion: 1,
        content: { type: "doc", content: loaded.content.slice(0, 1) } as never,
        changeNote: "Second paragraph removed",
        ...(withBase ? { baseAnchorIds } : {}),
      });
      return { anchors: findAnchors(saved.content as unknown as PMDoc), comment: await db().declarationComment.findUniqueOrThrow({ where: { id: c.id } }) };
    };

    // The editor says it had the anchor: the passage was deleted, so the comment is orphaned.
    const told = await deleteAndSave(true);
    expect(told.anchors.size).toBe(0);
    expect(told.comment.orphanedAt).not.toBeNull();
    // Without that, the save cannot tell a deleted passage from one marked meanwhile, and puts the
    // comment on the same words in the first paragraph.
    const guessed = await deleteAndSave(false);
    expect(guessed.anchors.get(guessed.comment.anchorId!)).toMatchObject({ blockIndex: 0, quote: twice });
  });
});

describe("isolation", () => {
  it("a comment of another city is not found, even by its admin", async () => {
    const d = await createDeclaration(other.schemaName);
    const c = await core.addComment(await actorOf("advisory_member", other), { declarationId: d.id, body: "Other city's comment" });
    const mine = await actorOf("city_admin");
    await expect(core.hideComment(mine, { id: c.id, version: 1, reason: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(core.addComment(mine, { declarationId: d.id, body: "Into the other city" })).rejects.toMatchObject({ code: "not_found" });
    session.user = city.users.city_admin;
    expect(await actions.setCommentOutcomeAction(city.slug, { id: c.id, version: 1, outcome: "accepted", reason: "x" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});
