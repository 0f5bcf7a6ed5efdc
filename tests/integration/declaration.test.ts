import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import("@/app/(app)/[city]/workspace/declaration/actions");
const { currentDeclaration, declarationInForce, getDeclaration, getVersion, listTransitions, listVersions } =
  await import("@/lib/features/declaration/get-declaration");
const { compareVersions } = await import("@/lib/features/declaration/compare-versions");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

type Doc = { type: "doc"; content: unknown[] };
const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...texts: string[]): Doc => ({ type: "doc", content: texts.map(p) });

let city: TestCity;
let other: TestCity;
const db = () => cityDbForSchema(city.schemaName);
const as = (role: keyof TestCity["users"], c: TestCity = city) => (session.user = c.users[role]);

async function current() {
  const d = await currentDeclaration(db(), "officer");
  return d!;
}

async function startBlank(c: TestCity = city) {
  as("officer", c);
  const r = await actions.createDeclarationAction(c.slug, { title: "Our declaration", locale: "en", template: "blank" });
  expect(r.ok).toBe(true);
  return r.ok ? r.data.id : "";
}

beforeAll(async () => {
  city = await createTestCity("decl");
  other = await createTestCity("decl");
});

beforeEach(() => {
  session.user = null;
});

describe("drafting and versions", () => {
  it("only officers and admins start, save and move the declaration; council and advisory members are refused", async () => {
    for (const role of ["council_member", "advisory_member"] as const) {
      as(role);
      expect(await actions.createDeclarationAction(city.slug, { title: "No", locale: "en", template: "en" })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    }
    as("officer");
    const created = await actions.createDeclarationAction(city.slug, { title: "Human rights city declaration", locale: "en", template: "en" });
    expect(created.ok).toBe(true);
    const d = await current();
    expect(d).toMatchObject({ status: "draft", currentVersion: 1, locale: "en", title: "Human rights city declaration" });
    const v1 = await getVersion(db(), d.id, 1);
    expect(JSON.stringify(v1!.content)).toContain("European Charter for the Safeguarding of Human Rights in the City");
    expect(v1!.changeNote).toBe("Started from the template");

    for (const role of ["council_member", "advisory_member"] as const) {
      as(role);
      const refused = await actions.saveDeclarationAction(city.slug, { declarationId: d.id, baseVersion: 1, content: doc("x"), changeNote: "x" });
      expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const moved = await actions.moveDeclarationAction(city.slug, {
        declarationId: d.id,
        version: d.version,
        to: "consultation",
        note: "",
        consultationOpensOn: "2030-01-01",
        consultationClosesOn: "2030-02-01",
      });
      expect(moved).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    as("city_admin");
    expect(await actions.createDeclarationAction(city.slug, { title: "Second", locale: "nl", template: "nl" })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });

  it("saves a new version with its note, sanitizes the text and audits it", async () => {
    const d = await current();
    as("officer");
    const hostile = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Visit", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
        { type: "script", content: [] },
      ],
    };
    const saved = await actions.saveDeclarationAction(city.slug, {
      declarationId: d.id,
      baseVersion: 1,
      content: hostile,
      changeNote: "Rewritten",
      title: "Declaration of Testville",
    });
    expect(saved).toMatchObject({ ok: true, data: { number: 2, mergedWith: null, title: "Declaration of Testville" } });
    const v2 = await getVersion(db(), d.id, 2);
    expect(v2!.content).toEqual(doc("Visit"));
    expect(v2!).toMatchObject({ changeNote: "Rewritten", createdByName: "officer" });
    const audit = await db().auditLog.findMany({ where: { entity: "DeclarationVersion" }, orderBy: { id: "asc" } });
    expect(audit.length).toBe(2);
    expect(audit[1]!.after).toMatchObject({ currentVersion: 2, changeNote: "Rewritten", title: "Declaration of Testville" });
    expect(audit[1]!.actorId).toBe(city.users.officer.id);

    const empty = await actions.saveDeclarationAction(city.slug, { declarationId: d.id, baseVersion: 2, content: doc("y"), changeNote: " " });
    expect(empty).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { changeNote: ["declaration.validation.changeNoteRequired"] } } });
  });

  it("merges two saves from the same version that touch different blocks, and tells so", async () => {
    const d = await current();
    as("officer");
    const base = await actions.saveDeclarationAction(city.slug, {
      declarationId: d.id,
      baseVersion: 2,
      content: doc("Preamble", "Article one", "Article two"),
      changeNote: "Structure",
    });
    expect(base).toMatchObject({ ok: true, data: { number: 3 } });
    const first = await actions.saveDeclarationAction(city.slug, {
      declarationId: d.id,
      baseVersion: 3,
      content: doc("Preamble, revised", "Article one", "Article two"),
      changeNote: "Preamble",
    });
    expect(first).toMatchObject({ ok: true, data: { number: 4, mergedWith: null } });
    as("city_admin");
    const second = await actions.saveDeclarationAction(city.slug, {
      declarationId: d.id,
      baseVersion: 3,
      content: doc("Preamble", "Article one", "Article two, sharper"),
      changeNote: "Article two",
    });
    expect(second).toMatchObject({ ok: true, data: { number: 5, mergedWith: 4, content: doc("Preamble, revised", "Article one", "Article two, sharper") } });
    const versions = await listVersions(db(), d.id);
    expect(versions[0]).toMatchObject({ number: 5, mergedBaseNumber: 3, createdByName: "admin" });
  });

  it("refuses a save that touches what another saved meanwhile, shows their changes, and stores nothing", async () => {
    const d = await current();
    as("officer");
    const first = await actions.saveDeclarationAction(city.slug, {
      declarationId: d.id,
      baseVersion: 5,
      content: doc("Preamble, revised", "Article one — theirs", "Article two, sharper"),
      changeNote: "Theirs",
    });
    expect(first).toMatchObject({ ok: true, data: { number: 6 } });
    as("city_admin");
    const second = await actions.saveDeclarationAction(city.slug, {
      declarationId: d.id,
      baseVersion: 5,
      content: doc("Preamble, revised", "Article one — mine", "Article two, sharper"),
      changeNote: "Mine",
    });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe("conflict");
    const conflict = second.error.current as {
      number: number;
      changeNote: string;
      createdByName: string;
      diff: { counts: { changed: number }; blocks: { kind: string }[] };
    };
    expect(conflict).toMatchObject({ number: 6, changeNote: "Theirs", createdByName: "officer", diff: { counts: { changed: 1, added: 0, removed: 0 } } });
    expect((await current()).currentVersion).toBe(6);
    // The person decides to keep their text: saving on top of the version they have now seen.
    const keep = await actions.saveDeclarationAction(city.slug, {
      declarationId: d.id,
      baseVersion: 6,
      content: doc("Preamble, revised", "Article one — mine", "Article two, sharper"),
      changeNote: "Mine",
    });
    expect(keep).toMatchObject({ ok: true, data: { number: 7 } });
  });

  it("compares any two versions block by block with word changes", async () => {
    const d = await current();
    const c = await compareVersions(db(), d.id, 3, 7, "en");
    expect(c.diff.counts).toEqual({ added: 0, removed: 0, changed: 3 });
    const changed = c.diff.blocks.find((b) => b.kind === "changed" && b.words.some((w) => w.value.includes("mine")));
    expect(changed).toBeDefined();
    await expect(compareVersions(db(), d.id, 1, 99, "en")).rejects.toMatchObject({ code: "not_found" });
  });

  it("restores an earlier version as a new one, refusing when the page was stale", async () => {
    const d = await current();
    as("officer");
    const stale = await actions.restoreVersionAction(city.slug, { declarationId: d.id, number: 3, baseVersion: 6 });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    const restored = await actions.restoreVersionAction(city.slug, { declarationId: d.id, number: 3, baseVersion: 7 });
    expect(restored).toMatchObject({ ok: true, data: { number: 8 } });
    const v8 = await getVersion(db(), d.id, 8);
    expect(v8).toMatchObject({ restoredFromNumber: 3, changeNote: "Restored version 3", content: doc("Preamble", "Article one", "Article two") });
    expect((await listVersions(db(), d.id)).map((v) => v.number)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it("marks comments whose passage left the text as orphaned, and un-marks them when it returns", async () => {
    const d = await current();
    const anchored = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Commented", marks: [{ type: "comment", attrs: { anchorId: "c1" } }] }] }],
    };
    as("officer");
    expect(await actions.saveDeclarationAction(city.slug, { declarationId: d.id, baseVersion: 8, content: anchored, changeNote: "Anchor" })).toMatchObject({
      ok: true,
      data: { number: 9 },
    });
    const comment = await db().declarationComment.create({
      data: { declarationId: d.id, versionNumber: 9, anchorId: "c1", quote: "Commented", body: "Why?", authorId: city.users.advisory_member.id },
    });
    expect(await actions.saveDeclarationAction(city.slug, { declarationId: d.id, baseVersion: 9, content: doc("Gone"), changeNote: "Delete" })).toMatchObject({
      ok: true,
    });
    expect((await db().declarationComment.findUniqueOrThrow({ where: { id: comment.id } })).orphanedAt).not.toBeNull();
    expect(await actions.restoreVersionAction(city.slug, { declarationId: d.id, number: 9, baseVersion: 10 })).toMatchObject({ ok: true });
    expect((await db().declarationComment.findUniqueOrThrow({ where: { id: comment.id } })).orphanedAt).toBeNull();
  });
});

describe("lifecycle", () => {
  it("moves draft → consultation → proposed → adopted → published, recording each step; the adopted text is frozen", async () => {
    let d = await current();
    as("officer");
    const skip = await actions.moveDeclarationAction(city.slug, {
      declarationId: d.id,
      version: d.version,
      to: "adopted",
      note: "",
      adoptedOn: "2025-01-01",
      councilResolutionRef: "R1",
      voteFor: 1,
      voteAgainst: 0,
      voteAbstain: 0,
    });
    expect(skip).toMatchObject({ ok: false, error: { code: "conflict" } });
    const badDates = await actions.moveDeclarationAction(city.slug, {
      declarationId: d.id,
      version: d.version,
      to: "consultation",
      note: "",
      consultationOpensOn: "2030-02-01",
      consultationClosesOn: "2030-01-01",
    });
    expect(badDates).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { consultationClosesOn: ["declaration.validation.closesBeforeOpens"] } },
    });

    expect(await currentDeclaration(db(), "advisory_member")).toBeNull();
    await expect(getDeclaration(db(), "advisory_member", d.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await currentDeclaration(db(), "council_member")).toMatchObject({ id: d.id });

    const open = await actions.moveDeclarationAction(city.slug, {
      declarationId: d.id,
      version: d.version,
      to: "consultation",
      note: "Round one",
      consultationOpensOn: "2030-01-01",
      consultationClosesOn: "2030-02-01",
    });
    expect(open).toMatchObject({ ok: true, data: { status: "consultation" } });
    expect(await currentDeclaration(db(), "advisory_member")).toMatchObject({ id: d.id });
    // A stale version (the page before the move) is a conflict.
    expect(await actions.moveDeclarationAction(city.slug, { declarationId: d.id, version: d.version, to: "proposed", note: "" })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    d = await current();
    expect(await actions.moveDeclarationAction(city.slug, { declarationId: d.id, version: d.version, to: "proposed", note: "" })).toMatchObject({ ok: true });
    d = await current();
    as("city_admin");
    const adopted = await actions.moveDeclarationAction(city.slug, {
      declarationId: d.id,
      version: d.version,
      to: "adopted",
      note: "",
      adoptedOn: "2025-03-01",
      councilResolutionRef: "RB-2030-12",
      voteFor: 30,
      voteAgainst: 4,
      voteAbstain: 1,
    });
    expect(adopted).toMatchObject({ ok: true, data: { status: "adopted" } });
    d = await current();
    expect(d).toMatchObject({ councilResolutionRef: "RB-2030-12", voteFor: 30, voteAgainst: 4, voteAbstain: 1, adoptedOn: new Date("2025-03-01T00:00:00Z") });

    as("officer");
    const frozen = await actions.saveDeclarationAction(city.slug, {
      declarationId: d.id,
      baseVersion: d.currentVersion,
      content: doc("Changed"),
      changeNote: "After adoption",
    });
    expect(frozen).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringContaining("frozen") } });
    expect(await actions.restoreVersionAction(city.slug, { declarationId: d.id, number: 1, baseVersion: d.currentVersion })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });

    expect(await actions.moveDeclarationAction(city.slug, { declarationId: d.id, version: d.version, to: "published", note: "" })).toMatchObject({
      ok: true,
      data: { status: "published" },
    });
    d = await current();
    expect(d.publishedAt).not.toBeNull();

    const history = await listTransitions(db(), d.id);
    expect(history.map((h) => `${h.fromStatus ?? "-"}→${h.toStatus}`)).toEqual([
      "adopted→published",
      "proposed→adopted",
      "consultation→proposed",
      "draft→consultation",
      "-→draft",
    ]);
    expect(history[1]).toMatchObject({ byName: "admin", details: { councilResolutionRef: "RB-2030-12", voteFor: 30, versionNumber: d.currentVersion } });
    expect(history[3]).toMatchObject({ note: "Round one", byName: "officer" });
    const audits = await db().auditLog.count({ where: { entity: "Declaration", entityId: d.id, action: "update" } });
    expect(audits).toBe(4);
  });

  it("an amendment starts as a new draft with the adopted text; the adopted one stays in force until the amendment is published", async () => {
    const adopted = await current();
    as("officer");
    const started = await actions.startAmendmentAction(city.slug, { declarationId: adopted.id, version: adopted.version });
    expect(started.ok).toBe(true);
    const amendment = await current();
    expect(amendment).toMatchObject({ status: "draft", amendsId: adopted.id, currentVersion: 1, title: adopted.title });
    expect((await getVersion(db(), amendment.id, 1))!.content).toEqual((await getVersion(db(), adopted.id, adopted.currentVersion))!.content);
    expect(await actions.startAmendmentAction(city.slug, { declarationId: adopted.id, version: adopted.version })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });

    // The advisory council keeps seeing the text in force while the amendment is a draft.
    expect(await currentDeclaration(db(), "advisory_member")).toMatchObject({ id: adopted.id });
    expect(await declarationInForce(db())).toMatchObject({ id: adopted.id });

    let a = amendment;
    const steps = [
      { to: "consultation", consultationOpensOn: "2031-01-01", consultationClosesOn: "2031-01-31" },
      { to: "proposed" },
      { to: "adopted", adoptedOn: "2026-03-01", councilResolutionRef: "RB-2031-4", voteFor: 20, voteAgainst: 10, voteAbstain: 0 },
      { to: "published" },
    ] as const;
    for (const step of steps) {
      // Four-eyes (the city's default): the officer proposed it, the city admin records the adoption.
      as(step.to === "adopted" ? "city_admin" : "officer");
      expect(await actions.moveDeclarationAction(city.slug, { declarationId: a.id, version: a.version, note: "", ...step })).toMatchObject({ ok: true });
      a = await current();
    }
    expect(await declarationInForce(db())).toMatchObject({ id: amendment.id });
    expect(await db().declaration.findUniqueOrThrow({ where: { id: adopted.id } })).toMatchObject({ supersededAt: expect.any(Date) });
  });
});

describe("isolation", () => {
  it("another city's declaration cannot be read, saved, moved or amended, even with its id", async () => {
    const theirs = await startBlank(other);
    as("city_admin");
    const mine = await current();
    for (const result of [
      await actions.saveDeclarationAction(city.slug, { declarationId: theirs, baseVersion: 1, content: doc("x"), changeNote: "x" }),
      await actions.restoreVersionAction(city.slug, { declarationId: theirs, number: 1, baseVersion: 1 }),
      await actions.moveDeclarationAction(city.slug, { declarationId: theirs, version: 1, to: "proposed", note: "" }),
      await actions.startAmendmentAction(city.slug, { declarationId: theirs, version: 1 }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    // With the other city's slug, a member of this city is not a member there.
    expect(await actions.saveDeclarationAction(other.slug, { declarationId: theirs, baseVersion: 1, content: doc("x"), changeNote: "x" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    await expect(getDeclaration(db(), "city_admin", theirs)).rejects.toMatchObject({ code: "not_found" });
    expect(await getVersion(db(), theirs, 1)).toBeNull();
    expect(await listVersions(db(), theirs)).toEqual([]);
    expect((await getDeclaration(db(), "city_admin", mine.id)).id).toBe(mine.id);
    const otherDb = cityDbForSchema(other.schemaName);
    expect(await otherDb.declarationVersion.count({ where: { declarationId: theirs } })).toBe(1);
  });
});

describe("saves at the same moment", () => {
  it("two officers saving at once from the same version both keep their work (merged, or one refused with a diff)", async () => {
    const race = await createTestCity("declrace");
    const id = await startBlank(race);
    as("officer", race);
    await actions.saveDeclarationAction(race.slug, { declarationId: id, baseVersion: 1, content: doc("A", "B", "C"), changeNote: "base" });
    const mine = actions.saveDeclarationAction(race.slug, { declarationId: id, baseVersion: 2, content: doc("A1", "B", "C"), changeNote: "one" });
    session.user = race.users.city_admin;
    const theirs = actions.saveDeclarationAction(race.slug, { declarationId: id, baseVersion: 2, content: doc("A", "B", "C3"), changeNote: "two" });
    const results = await Promise.all([mine, theirs]);
    expect(results.every((r) => r.ok)).toBe(true);
    const raceDb = cityDbForSchema(race.schemaName);
    const last = await getVersion(raceDb, id, 4);
    expect(last!.content).toEqual(doc("A1", "B", "C3"));
  });
});
