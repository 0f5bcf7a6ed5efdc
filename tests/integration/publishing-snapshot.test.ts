/**
 * Publishing (issue 7): what a snapshot holds, that the public read only changes on publish, the
 * cache tag, permissions, and that the roll-up equals the dashboard's.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testScope } from "../helpers/city-scope";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, createUser, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
const nextCache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// unstable_cache outside Next: call through (getPublication is not under test here; loadPublication is).
vi.mock("next/cache", () => ({ ...nextCache, unstable_cache: (fn: () => unknown) => fn }));

const actions = await import("@/app/(app)/[city]/workspace/settings/public/actions");
const { loadPublication, getPublication } = await import("@/lib/features/publication/site/read-publication");
const { publishCity } = await import("@/lib/features/publication/site/publish-city");
const { setAllCommitmentsPublic } = await import("@/lib/features/publication/site/set-public");
const { savePublicProfile, getPublicProfile } = await import("@/lib/features/publication/site/profile");
const { getPublishingOverview } = await import("@/lib/features/publication/site/publishing-overview");
const { auditedTransaction } = await import("@/lib/kernel/records/audited");
const { applyCommitmentChange } = await import("@/lib/features/commitments/apply-change");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { loadDashboardData, buildDashboard } = await import("@/lib/features/dashboard/load-dashboard");
const { setCityStatus } = await import("@/lib/kernel/tenancy/set-city-status");
const { seedLeakCanaries } = await import("../helpers/leak-canaries");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);

/** A tracked change (and optional untracked fields) through the one write path. */
async function change(
  elementKey: string,
  tracked: { status?: "in_progress" | "in_place" | "planned"; progress?: number; note: string; notePublic?: boolean },
  fields = {},
  actorId = city.users.officer.id,
) {
  await auditedTransaction(db(), actorId, async (tx, audit) => {
    const before = await tx.commitment.findUniqueOrThrow({ where: { elementKey } });
    await applyCommitmentChange(tx, audit, actorId, before, before.version, { ...tracked, source: "web" }, fields);
  });
}

beforeAll(async () => {
  city = await createTestCity("pub");
  // The officer's name is a canary: it must never reach the snapshot.
  await controlDb().user.update({ where: { id: city.users.officer.id }, data: { name: "CANARY-OFFICER-NAME" } });
  const dept = await db().department.create({ data: { name: "Social Affairs", contactName: "CANARY-DEPT-CONTACT", contactEmail: "canary-dept@x.test" } });
  await db().rightsHolderGroup.create({ data: { key: "night_workers", nameNl: "Nachtwerkers", nameEn: "Night workers" } });
  await db().commitment.updateMany({ where: { elementKey: { in: ["F1", "F2", "S1"] } }, data: { isPublic: true } });
  await change(
    "F1",
    { status: "in_progress", progress: 40, note: "Public progress note", notePublic: true },
    {
      departmentId: dept.id,
      ownerId: city.users.officer.id,
      groups: ["women_girls", "night_workers"],
      sdgs: [10, 5],
      targetDate: new Date("2030-01-31T00:00:00Z"),
    },
  );
  await change("F2", { progress: 20, note: "CANARY-INTERNAL-NOTE" });
  await change("F3", { progress: 70, note: "note on a non-public commitment" }, { text: "CANARY-NOT-PUBLIC-TEXT" });
});

beforeEach(() => {
  session.user = null;
  nextCache.revalidateTag.mockClear();
  nextCache.revalidatePath.mockClear();
});

describe("the snapshot", () => {
  it("holds only public commitments, public notes, department and group names — no member ids or names, no internal notes", async () => {
    const pub = await publishCity(await testScope(city, city.users.officer.id, db()), { note: "First" });
    const s = pub.snapshot;
    expect(s.commitments.map((c) => c.key)).toEqual(["F1", "F2", "S1"]);
    const f1 = s.commitments.find((c) => c.key === "F1")!;
    expect(f1).toMatchObject({
      status: "in_progress",
      progress: 40,
      department: "Social Affairs",
      sdgs: [5, 10],
      targetDate: "2030-01-31",
      groups: [
        { key: "women_girls", name: { en: "Women and girls", nl: "Vrouwen en meisjes" } },
        { key: "night_workers", name: { nl: "Nachtwerkers", en: "Night workers" } },
      ],
    });
    expect(s.updates.map((u) => [u.commitmentKey, u.note])).toEqual(
      expect.arrayContaining([
        ["F1", "Public progress note"],
        ["F2", null],
      ]),
    );
    expect(s.updates.every((u) => u.commitmentKey !== "F3")).toBe(true);
    const json = JSON.stringify(s);
    for (const canary of ["CANARY", city.users.officer.id, city.users.city_admin.id, "officer@", "canary-dept"]) {
      expect(json).not.toContain(canary);
    }
    expect(Object.keys(f1).sort()).not.toContain("ownerId");
    expect(s.publicationId).toBe(pub.id);
    expect(s.city).toMatchObject({ slug: city.slug, defaultLocale: "en", locales: ["en", "nl"] });
    expect(s.profile).toMatchObject({ contactEmail: null, ombuds: null, dataLicence: "CC-BY-4.0", intro: {} });
  });

  it("has the dashboard's roll-up when the same commitments are published", async () => {
    const other = await createTestCity("pubr");
    const odb = cityDbForSchema(other.schemaName);
    const ids = await odb.commitment.findMany({ select: { id: true, elementKey: true }, orderBy: { elementKey: "asc" } });
    // Uneven progress across layers, to make the mean (not the mean of layers) matter.
    for (const [i, c] of ids.entries())
      await odb.commitment.update({ where: { id: c.id }, data: { progress: (i * 37) % 101, status: i % 3 ? "in_progress" : "in_place" } });
    await setAllCommitmentsPublic(await testScope(other, null, odb), { isPublic: true });
    const pub = await publishCity(await testScope(other, null, odb));
    const today = new Date().toISOString().slice(0, 10);
    const dash = buildDashboard(await loadDashboardData({ db: odb, city: { id: other.cityId } }, today), today, today);
    expect(pub.snapshot.rollup.overall).toBe(dash.overall.percent);
    for (const l of dash.layers) {
      expect(pub.snapshot.rollup.layers[l.layer]).toEqual({ percent: l.percent, count: l.count, statusCounts: l.statuses });
    }
  });

  it("includes the public profile, leaving empty texts out", async () => {
    const before = await getPublicProfile(db());
    expect(before.version).toBe(0);
    const saved = await savePublicProfile(await testScope(city, city.users.city_admin.id, db()), {
      ...before,
      introNl: "Welkom",
      introEn: "",
      contactEmail: "rights@city.test",
      ombudsName: "Anti-discrimination office",
      ombudsUrl: "https://adv.example",
      accessibilityStatus: "full",
      accessibilityReviewedOn: "2025-03-01",
      dataLicence: "CC0-1.0",
    });
    expect(saved.version).toBe(1);
    const pub = await publishCity(await testScope(city, null, db()));
    expect(pub.snapshot.profile).toMatchObject({
      intro: { nl: "Welkom" },
      contactEmail: "rights@city.test",
      ombuds: { name: "Anti-discrimination office", url: "https://adv.example", email: null, phone: null },
      accessibility: { status: "full", reviewedOn: "2025-03-01", contact: null, issues: {} },
      dataLicence: "CC0-1.0",
    });
    expect(pub.snapshot.profile.intro).not.toHaveProperty("en");
    // A stale version is refused.
    await expect(savePublicProfile(await testScope(city, city.users.city_admin.id, db()), { ...before, introNl: "x" })).rejects.toMatchObject({
      code: "conflict",
    });
  });
});

describe("the public read", () => {
  it("changes only when the city publishes", async () => {
    session.user = city.users.officer;
    // F2 is public and "Not started" at 20%: publishing it as it is needs the confirmation (issue 13.7).
    const published = await actions.publishCityAction(city.slug, { note: "Before the edit", keepContradictions: true });
    expect(published.ok).toBe(true);
    expect(nextCache.revalidateTag).toHaveBeenCalledWith(`city:${city.slug}`, { expire: 0 });
    const first = await loadPublication(city.slug);
    expect(first?.publicationId).toBe(published.ok ? published.data.id : "");

    // Edits, a new public mark and a public note: nothing changes for residents yet.
    await change("F1", { progress: 55, note: "Later public note", notePublic: true }, { text: "Edited after publishing" });
    await db().commitment.update({ where: { elementKey: "F4" }, data: { isPublic: true } });
    expect(await loadPublication(city.slug)).toEqual(first);
    expect(JSON.stringify(await getPublication(city.slug))).toBe(JSON.stringify(first));

    const again = await actions.publishCityAction(city.slug, { note: "", keepContradictions: true });
    expect(again.ok).toBe(true);
    const second = await loadPublication(city.slug);
    expect(second?.publicationId).not.toBe(first?.publicationId);
    expect(second?.commitments.find((c) => c.key === "F1")).toMatchObject({ text: "Edited after publishing", progress: 55 });
    expect(second?.commitments.map((c) => c.key)).toContain("F4");
    expect(second?.updates[0]).toMatchObject({ commitmentKey: "F1", note: "Later public note", toProgress: 55 });
  });

  it("is null for an unknown city, a city that never published, and a suspended city", async () => {
    expect(await loadPublication("no-such-city-xyz")).toBeNull();
    expect(await loadPublication("../etc")).toBeNull();
    const fresh = await createTestCity("pubn");
    expect(await loadPublication(fresh.slug)).toBeNull();
    await publishCity(await testScope(fresh, null, cityDbForSchema(fresh.schemaName)));
    expect(await loadPublication(fresh.slug)).not.toBeNull();
    await setCityStatus(controlDb(), fresh.slug, "suspended", null);
    expect(await loadPublication(fresh.slug)).toBeNull();
  });
});

describe("who may publish", () => {
  it("lets an officer and a city admin publish and mark; council and advisory members are refused; another city answers not_found", async () => {
    for (const role of ["council_member", "advisory_member"] as const) {
      session.user = city.users[role];
      expect(await actions.publishCityAction(city.slug, { note: "" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await actions.setAllCommitmentsPublicAction(city.slug, { isPublic: true })).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const profile = await getPublicProfile(db());
      const { updatedAt: _a, updatedBy: _b, ...input } = profile;
      expect(await actions.savePublicProfileAction(city.slug, input)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(nextCache.revalidateTag).not.toHaveBeenCalled();

    const other = await createTestCity("pubo");
    session.user = other.users.city_admin;
    expect(await actions.publishCityAction(city.slug, { note: "" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    const f1 = await db().commitment.findUniqueOrThrow({ where: { elementKey: "F1" } });
    expect(await actions.setCommitmentPublicAction(city.slug, { id: f1.id, isPublic: false })).toMatchObject({ ok: false, error: { code: "not_found" } });
    // An id of another city's commitment, through one's own city: not found.
    session.user = other.users.officer;
    expect(await actions.setCommitmentPublicAction(other.slug, { id: f1.id, isPublic: false })).toMatchObject({ ok: false, error: { code: "not_found" } });

    session.user = city.users.city_admin;
    expect(await actions.setCommitmentPublicAction(city.slug, { id: f1.id, isPublic: true })).toMatchObject({ ok: true });
    const outsider = await createUser(`outsider-${city.slug}@x.test`);
    session.user = outsider;
    expect(await actions.publishCityAction(city.slug, { note: "" })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});

describe("the publishing overview and the canary helper", () => {
  it("previews what would be published and shows what is published; the canaries never reach the publication", async () => {
    const overview = await getPublishingOverview(db());
    const publicCount = overview.commitments.filter((c) => c.isPublic).length;
    expect(overview.preview.commitments).toBe(publicCount);
    expect(overview.current).toMatchObject({ publishedByName: expect.any(String) });

    const seeded = await seedLeakCanaries({ schemaName: city.schemaName, cityId: city.cityId, citySlug: city.slug });
    const json = JSON.stringify(await loadPublication(city.slug));
    for (const c of seeded.canaries) expect(json).not.toContain(c);
    expect(json).toContain(seeded.visible);
    // The unpublished edit is really in the tables.
    expect(await db().commitment.count({ where: { text: "CANARY-UNPUBLISHED-EDIT" } })).toBe(1);
  });
});

describe("the commitment edit form", () => {
  it("saves 'show on the public pages' and 'show this note on the public pages' (off by default)", async () => {
    const { updateCommitmentAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
    const { getCommitmentByElement } = await import("@/lib/features/commitments/get-commitment");
    const { toEditValues } = await import("@/lib/features/commitments/records");
    session.user = city.users.officer;
    const values = async () => toEditValues((await getCommitmentByElement(db(), "S5"))!);

    // S5 stays "Not started" while its progress moves: kept on purpose (issue 13.7).
    let saved = await updateCommitmentAction(city.slug, { ...(await values()), isPublic: true, progress: 10, note: "Internal by default", keepStatus: true });
    expect(saved.ok).toBe(true);
    saved = await updateCommitmentAction(city.slug, { ...(await values()), progress: 20, note: "Shown to residents", notePublic: true, keepStatus: true });
    expect(saved.ok).toBe(true);
    // Without the field the mark stays as it is.
    saved = await updateCommitmentAction(city.slug, { ...(await values()), text: "S5 text" });
    expect(saved.ok).toBe(true);
    const row = await db().commitment.findUniqueOrThrow({ where: { elementKey: "S5" }, include: { updates: { orderBy: { at: "asc" } } } });
    expect(row.isPublic).toBe(true);
    expect(row.updates.map((u) => [u.note, u.notePublic])).toEqual([
      ["Internal by default", false],
      ["Shown to residents", true],
    ]);
    const pub = await publishCity(await testScope(city, null, db()));
    const s5 = pub.snapshot.updates.filter((u) => u.commitmentKey === "S5").map((u) => u.note);
    expect(s5).toEqual(["Shown to residents", null]);
  });
});
