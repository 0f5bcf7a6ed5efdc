import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testScope } from "../helpers/city-scope";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, createUser, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
// Server Actions revalidate pages; outside a Next request there is nothing to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { updateCommitmentAction, createCommitmentAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { updateCommitment: updateCore } = await import("@/lib/features/commitments/update-commitment");
const { getCommitmentByElement, getCommitmentById } = await import("@/lib/features/commitments/get-commitment");
const { toEditValues } = await import("@/lib/features/commitments/records");
const { listCommitmentUpdates } = await import("@/lib/features/commitments/list-updates");
const { createDepartment } = await import("@/lib/features/city-settings/departments/save-department");
const { createGroup } = await import("@/lib/features/city-settings/groups/save-group");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { ConflictError } = await import("@/lib/kernel/errors");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);

async function editValues(elementKey: string) {
  const record = await getCommitmentByElement(db(), elementKey);
  return toEditValues(record!);
}

beforeAll(async () => {
  city = await createTestCity("cm");
});

beforeEach(() => {
  session.user = null;
});

describe("who may edit", () => {
  it("lets an officer and a city admin save; the council member and the advisory member are refused (forbidden) and nothing changes", async () => {
    session.user = city.users.officer;
    const first = await updateCommitmentAction(city.slug, { ...(await editValues("F1")), text: "Dignity for all residents." });
    expect(first).toMatchObject({ ok: true, data: { commitment: { text: "Dignity for all residents.", version: 2, updatedByName: "officer" } } });

    session.user = city.users.city_admin;
    const second = await updateCommitmentAction(city.slug, { ...(await editValues("F1")), text: "Dignity for everyone." });
    expect(second.ok).toBe(true);

    for (const role of ["council_member", "advisory_member"] as const) {
      session.user = city.users[role];
      const refused = await updateCommitmentAction(city.slug, { ...(await editValues("F1")), text: "Not allowed", status: "in_place", note: "no" });
      expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const created = await createCommitmentAction(city.slug, { layer: "tool", title: "Not allowed", text: "" });
      expect(created).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await getCommitmentByElement(db(), "F1")).toMatchObject({ text: "Dignity for everyone.", status: "not_started", version: 3 });
  });
});

describe("history", () => {
  it("writes one update per save that changes status, progress or maturity, with the note and from → to", async () => {
    session.user = city.users.officer;
    const values = await editValues("F2");
    const saved = await updateCommitmentAction(city.slug, {
      ...values,
      status: "in_progress",
      progress: 40,
      maturity: "initiated",
      note: "Council adopted the plan on 3 March.",
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data.updateId).toBeTruthy();

    const updates = await db().commitmentUpdate.findMany({ where: { commitmentId: values.id } });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      authorId: city.users.officer.id,
      note: "Council adopted the plan on 3 March.",
      source: "web",
      fromStatus: "not_started",
      toStatus: "in_progress",
      fromProgress: 0,
      toProgress: 40,
      fromMaturity: "none",
      toMaturity: "initiated",
    });
    const row = await db().commitment.findUniqueOrThrow({ where: { id: values.id } });
    expect(row.lastUpdateAt.getTime()).toBe(updates[0]!.at.getTime());

    // Only progress changes: only progress is recorded.
    const next = await updateCommitmentAction(city.slug, { ...(await editValues("F2")), progress: 55, note: "Two districts done." });
    expect(next.ok).toBe(true);
    const again = await db().commitmentUpdate.findMany({ where: { commitmentId: values.id }, orderBy: { at: "desc" } });
    expect(again).toHaveLength(2);
    expect(again[0]).toMatchObject({
      fromProgress: 40,
      toProgress: 55,
      fromStatus: null,
      toStatus: null,
      fromMaturity: null,
      toMaturity: null,
      note: "Two districts done.",
    });
  });

  it("writes no update for a text-only edit (the version and audit still record it)", async () => {
    session.user = city.users.officer;
    const values = await editValues("F3");
    const auditBefore = await db().auditLog.count({ where: { entity: "Commitment", entityId: values.id } });
    const saved = await updateCommitmentAction(city.slug, {
      ...values,
      text: "Only the words change.",
      ownerId: city.users.officer.id,
      sdgs: [16, 10],
      charterArticles: [21],
    });
    expect(saved).toMatchObject({
      ok: true,
      data: { updateId: null, commitment: { version: 2, sdgs: [10, 16], charterArticles: [21], ownerId: city.users.officer.id } },
    });
    expect(await db().commitmentUpdate.count({ where: { commitmentId: values.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entity: "Commitment", entityId: values.id } })).toBe(auditBefore + 1);
  });

  it("writes nothing at all for a save that changes nothing", async () => {
    session.user = city.users.officer;
    const values = await editValues("F4");
    const auditBefore = await db().auditLog.count();
    const saved = await updateCommitmentAction(city.slug, values);
    expect(saved).toMatchObject({ ok: true, data: { updateId: null, commitment: { version: 1 } } });
    expect(await db().auditLog.count()).toBe(auditBefore);
  });

  it("requires a note when status, progress or maturity changes (checked by the schema and by the server)", async () => {
    session.user = city.users.officer;
    const values = await editValues("S1");
    const refused = await updateCommitmentAction(city.slug, { ...values, status: "planned", note: "   " });
    expect(refused).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { note: ["commitments.validation.noteRequired"] } } });

    // A form that lies about its baseline still meets the server's check against what is stored.
    await expect(
      updateCore(await testScope(city, city.users.officer.id, db()), {
        ...values,
        status: "planned",
        note: "",
        baseline: { ...values.baseline, status: "planned" },
      }),
    ).rejects.toMatchObject({ code: "validation", details: { fieldErrors: { note: ["commitments.validation.noteRequired"] } } });
    expect(await db().commitmentUpdate.count({ where: { commitmentId: values.id } })).toBe(0);
  });

  it("shows the timeline newest first with names from the members list, and a former member once someone left", async () => {
    session.user = city.users.officer;
    const leaver = await createUser(`leaver-${city.slug}@example.org`);
    await controlDb().membership.create({ data: { userId: leaver.id, cityId: city.cityId, role: "officer" } });
    session.user = leaver;
    expect((await updateCommitmentAction(city.slug, { ...(await editValues("S2")), status: "planned", note: "Planned by the leaver." })).ok).toBe(true);
    session.user = city.users.officer;
    expect((await updateCommitmentAction(city.slug, { ...(await editValues("S2")), maturity: "established", note: "Decision taken." })).ok).toBe(true);
    await controlDb().membership.delete({ where: { userId_cityId: { userId: leaver.id, cityId: city.cityId } } });

    const record = await getCommitmentByElement(db(), "S2");
    const { entries, total } = await listCommitmentUpdates(db(), city.cityId, record!.id);
    expect(total).toBe(2);
    expect(entries.map((e) => e.note)).toEqual(["Decision taken.", "Planned by the leaver."]);
    expect(entries[0]).toMatchObject({ author: { kind: "member", name: "officer" }, maturity: { from: "none", to: "established" }, status: null });
    expect(entries[1]).toMatchObject({ author: { kind: "former" }, status: { from: "not_started", to: "planned" }, maturity: null, progress: null });
  });
});

describe("concurrent edits", () => {
  it("refuses a stale version with a conflict that carries the current record, and overwrites nothing", async () => {
    session.user = city.users.officer;
    const mine = await editValues("S3");
    session.user = city.users.city_admin;
    expect((await updateCommitmentAction(city.slug, { ...mine, status: "in_place", note: "Done by the admin.", text: "Admin text" })).ok).toBe(true);

    session.user = city.users.officer;
    const stale = await updateCommitmentAction(city.slug, { ...mine, text: "Officer text", progress: 10, note: "Officer note" });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe("conflict");
    expect(stale.error.message).toMatch(/someone else saved/i);
    expect(stale.error.current).toMatchObject({ id: mine.id, text: "Admin text", status: "in_place", version: 2, updatedByName: "admin" });
    expect(await getCommitmentByElement(db(), "S3")).toMatchObject({ text: "Admin text", progress: 0, version: 2 });
    expect(await db().commitmentUpdate.count({ where: { commitmentId: mine.id } })).toBe(1);
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const values = await editValues("S4");
    const ctx = await testScope(city, city.users.officer.id, db());
    const results = await Promise.allSettled([
      updateCore(ctx, { ...values, text: "A", status: "planned", note: "A" }),
      updateCore(ctx, { ...values, text: "B", status: "in_progress", note: "B" }),
    ]);
    const lost = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const reason = (lost[0] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(ConflictError);
    expect(reason.details.current).toMatchObject({ id: values.id, version: 2 });
    expect(await db().commitmentUpdate.count({ where: { commitmentId: values.id } })).toBe(1);
  });
});

describe("links to members, departments, rights and groups", () => {
  it("accepts the city's own owner, department and groups and refuses others field by field", async () => {
    session.user = city.users.officer;
    const dept = await createDepartment(await testScope(city, city.users.officer.id, db()), { name: "Social Affairs", contactName: "", contactEmail: "" });
    const own = await createGroup(await testScope(city, city.users.officer.id, db()), { nameEn: "Sex workers", nameNl: "Sekswerkers" });
    const outsider = await createUser(`outsider-${city.slug}@example.org`);

    const refused = await updateCommitmentAction(city.slug, {
      ...(await editValues("S5")),
      ownerId: outsider.id,
      departmentId: "00000000-0000-4000-8000-000000000000",
      groups: ["no_such_group"],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: "validation",
        fieldErrors: {
          ownerId: ["commitments.validation.ownerNotMember"],
          departmentId: ["commitments.validation.departmentUnknown"],
          groups: ["commitments.validation.groupUnknown"],
        },
      },
    });

    const saved = await updateCommitmentAction(city.slug, {
      ...(await editValues("S5")),
      ownerId: city.users.council_member.id,
      departmentId: dept.id,
      groups: [own.key, "homeless"],
      udhrArticles: [25, 1],
      startDate: "2025-01-01",
      targetDate: "2026-12-31",
    });
    expect(saved).toMatchObject({
      ok: true,
      data: {
        commitment: { departmentId: dept.id, groups: ["homeless", "sex_workers"], udhrArticles: [1, 25], startDate: "2025-01-01", targetDate: "2026-12-31" },
      },
    });

    const badDates = await updateCommitmentAction(city.slug, { ...(await editValues("S5")), startDate: "2026-01-01", targetDate: "2025-01-01" });
    expect(badDates).toMatchObject({ ok: false, error: { fieldErrors: { targetDate: ["commitments.validation.targetBeforeStart"] } } });
    const badLinks = await updateCommitmentAction(city.slug, { ...(await editValues("S5")), charterArticles: [55], sdgs: [0], progress: 101 });
    expect(badLinks).toMatchObject({
      ok: false,
      error: {
        fieldErrors: {
          "charterArticles.0": ["commitments.validation.charterInvalid"],
          "sdgs.0": ["commitments.validation.sdgInvalid"],
          progress: ["commitments.validation.progressInvalid"],
        },
      },
    });
  });
});

describe("the city's own commitments", () => {
  it("creates one under a layer, renames it, and keeps a framework element's title fixed", async () => {
    session.user = city.users.officer;
    const created = await createCommitmentAction(city.slug, { layer: "structure", title: "  Youth council  ", text: "A council of young residents." });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const record = await getCommitmentById(db(), created.data.id);
    expect(record).toMatchObject({ elementKey: null, layer: "structure", title: "Youth council", status: "not_started", version: 1 });

    const renamed = await updateCommitmentAction(city.slug, { ...toEditValues(record!), title: "Youth council of the city" });
    expect(renamed).toMatchObject({ ok: true, data: { commitment: { title: "Youth council of the city" } } });

    const element = await editValues("T1");
    const kept = await updateCommitmentAction(city.slug, { ...element, title: "Renamed element", text: "x" });
    expect(kept).toMatchObject({ ok: true, data: { commitment: { title: element.title, text: "x" } } });

    expect(await getCommitmentById(db(), "not-a-uuid")).toBeNull();
    const invalid = await createCommitmentAction(city.slug, { layer: "roof", title: "", text: "" });
    expect(invalid).toMatchObject({
      ok: false,
      error: { fieldErrors: { layer: ["commitments.validation.layerInvalid"], title: ["commitments.validation.titleRequired"] } },
    });
  });
});
