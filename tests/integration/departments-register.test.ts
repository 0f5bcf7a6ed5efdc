import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { createDepartmentAction, updateDepartmentAction, deleteDepartmentAction } = await import("@/app/(app)/[city]/workspace/settings/departments/actions");
const { createGroupAction, updateGroupAction, deleteGroupAction } = await import("@/app/(app)/[city]/workspace/settings/groups/actions");
const { updateCommitmentAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { listDepartments } = await import("@/lib/features/city-settings/departments/list-departments");
const { listCityGroups } = await import("@/lib/features/city-settings/groups/list-groups");
const { getCommitmentByElement } = await import("@/lib/features/commitments/get-commitment");
const { toEditValues } = await import("@/lib/features/commitments/records");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);

async function link(elementKey: string, patch: { departmentId?: string; groups?: string[] }) {
  const values = toEditValues((await getCommitmentByElement(db(), elementKey))!);
  const result = await updateCommitmentAction(city.slug, { ...values, ...patch });
  expect(result.ok).toBe(true);
}

beforeAll(async () => {
  city = await createTestCity("dp");
});

beforeEach(() => {
  session.user = city.users.officer;
});

describe("departments register", () => {
  it("adds, lists with contact and commitment count, edits, and audits each change", async () => {
    const created = await createDepartmentAction(city.slug, { name: " Social Affairs ", contactName: "Sam Jansen", contactEmail: "sam@city.example" });
    expect(created).toMatchObject({ ok: true, data: { name: "Social Affairs", contactName: "Sam Jansen", version: 1, commitments: 0 } });
    if (!created.ok) return;
    await link("F1", { departmentId: created.data.id });
    await link("F2", { departmentId: created.data.id });

    const list = await listDepartments(db());
    expect(list).toEqual([expect.objectContaining({ name: "Social Affairs", contactEmail: "sam@city.example", commitments: 2 })]);

    const saved = await updateDepartmentAction(city.slug, {
      id: created.data.id,
      version: 1,
      name: "Social Affairs and Care",
      contactName: "Sam Jansen",
      contactEmail: "",
    });
    expect(saved).toMatchObject({ ok: true, data: { name: "Social Affairs and Care", contactEmail: "", version: 2, commitments: 2 } });

    const audit = await db().auditLog.findMany({ where: { entity: "Department", entityId: created.data.id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["create", "update"]);
    expect(audit[1]).toMatchObject({ actorId: city.users.officer.id, before: { name: "Social Affairs" }, after: { name: "Social Affairs and Care" } });
  });

  it("refuses a duplicate name (any case) and invalid e-mail, field by field", async () => {
    await createDepartmentAction(city.slug, { name: "Housing", contactName: "", contactEmail: "" });
    const dup = await createDepartmentAction(city.slug, { name: "HOUSING", contactName: "", contactEmail: "" });
    expect(dup).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { name: ["commitments.departments.validation.nameTaken"] } } });
    const bad = await createDepartmentAction(city.slug, { name: "X", contactName: "", contactEmail: "not an email" });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        fieldErrors: {
          name: ["commitments.departments.validation.nameTooShort"],
          contactEmail: ["commitments.departments.validation.emailInvalid"],
        },
      },
    });
  });

  it("refuses a stale edit with the stored department (conflict) and changes nothing", async () => {
    const created = await createDepartmentAction(city.slug, { name: "Education", contactName: "A", contactEmail: "" });
    if (!created.ok) throw new Error("setup");
    session.user = city.users.city_admin;
    expect((await updateDepartmentAction(city.slug, { id: created.data.id, version: 1, name: "Education", contactName: "B", contactEmail: "" })).ok).toBe(true);
    session.user = city.users.officer;
    const stale = await updateDepartmentAction(city.slug, { id: created.data.id, version: 1, name: "Education", contactName: "C", contactEmail: "" });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict", current: { id: created.data.id, contactName: "B", version: 2 } } });
    const staleDelete = await deleteDepartmentAction(city.slug, { id: created.data.id, version: 1, unsetCommitments: true });
    expect(staleDelete).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect((await db().department.findUniqueOrThrow({ where: { id: created.data.id } })).contactName).toBe("B");
  });

  it("deletes a department with commitments only when asked to unset them, and bumps those commitments' versions", async () => {
    const created = await createDepartmentAction(city.slug, { name: "Sports", contactName: "", contactEmail: "" });
    if (!created.ok) throw new Error("setup");
    await link("S1", { departmentId: created.data.id });
    const before = await getCommitmentByElement(db(), "S1");

    const notAsked = await deleteDepartmentAction(city.slug, { id: created.data.id, version: 1, unsetCommitments: false });
    expect(notAsked).toMatchObject({ ok: false, error: { code: "conflict", current: { commitments: 1 } } });
    if (!notAsked.ok) expect(notAsked.error.message).toMatch(/linked to this department/);

    const deleted = await deleteDepartmentAction(city.slug, { id: created.data.id, version: 1, unsetCommitments: true });
    expect(deleted).toMatchObject({ ok: true, data: { unlinked: 1 } });
    const after = await getCommitmentByElement(db(), "S1");
    expect(after).toMatchObject({ departmentId: null, version: before!.version + 1 });
    expect(await db().department.findUnique({ where: { id: created.data.id } })).toBeNull();
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "Department", entityId: created.data.id, action: "delete" } });
    expect(audit.after).toEqual({ unlinkedCommitments: [before!.id] });
  });

  it("lets council and advisory members read but not change the register", async () => {
    for (const role of ["council_member", "advisory_member"] as const) {
      session.user = city.users[role];
      expect(await createDepartmentAction(city.slug, { name: "Nope", contactName: "", contactEmail: "" })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(await createGroupAction(city.slug, { nameEn: "Nope", nameNl: "Nee" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
  });
});

describe("the city's own rights-holder groups", () => {
  it("derives a key from the English name, renames without changing it, and unlinks it from commitments on delete", async () => {
    const created = await createGroupAction(city.slug, { nameEn: "Informal carers", nameNl: "Mantelzorgers" });
    expect(created).toMatchObject({ ok: true, data: { key: "informal_carers", nameNl: "Mantelzorgers", version: 1 } });
    if (!created.ok) return;
    const second = await createGroupAction(city.slug, { nameEn: "Informal  carers!", nameNl: "Mantelzorgers 2" });
    expect(second).toMatchObject({ ok: true, data: { key: "informal_carers_2" } });
    const builtIn = await createGroupAction(city.slug, { nameEn: "Homeless", nameNl: "Daklozen" });
    expect(builtIn).toMatchObject({ ok: true, data: { key: "homeless_2" } });

    const renamed = await updateGroupAction(city.slug, { id: created.data.id, version: 1, nameEn: "Family carers", nameNl: "Mantelzorgers" });
    expect(renamed).toMatchObject({ ok: true, data: { key: "informal_carers", nameEn: "Family carers", version: 2 } });
    const stale = await updateGroupAction(city.slug, { id: created.data.id, version: 1, nameEn: "Old", nameNl: "Oud" });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict", current: { nameEn: "Family carers" } } });

    await link("T1", { groups: ["informal_carers", "women_girls"] });
    expect((await listCityGroups(db())).find((g) => g.key === "informal_carers")).toMatchObject({ commitments: 1 });
    const t1 = await getCommitmentByElement(db(), "T1");

    const deleted = await deleteGroupAction(city.slug, { id: created.data.id, version: 2 });
    expect(deleted).toMatchObject({ ok: true, data: { unlinked: 1 } });
    expect(await getCommitmentByElement(db(), "T1")).toMatchObject({ groups: ["women_girls"], version: t1!.version + 1 });
    expect((await listCityGroups(db())).map((g) => g.key)).toEqual(["homeless_2", "informal_carers_2"]);
  });
});
