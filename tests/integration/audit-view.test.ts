/**
 * The city admins' audit view (lib/features/audit): the city's own changes and what the platform
 * recorded about the city, merged newest first; filters by person, area and period; pages that
 * skip and repeat nothing, also when entries share a millisecond; the CSV export through the
 * route the page links; and none of it reaches another city's entries or anyone but a city admin.
 */
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));

const { GET } = await import("@/app/api/cities/[city]/audit/export/route");
const { listAuditEntries } = await import("@/lib/features/audit/list-audit");
const { readAuditFilter } = await import("@/lib/features/audit/schema");
const { createDepartment } = await import("@/lib/features/city-settings/departments/save-department");
const { changeMemberRole } = await import("@/lib/features/members/change-member-role");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { createTestCity } = await import("../helpers/cities");
const { testScope } = await import("../helpers/city-scope");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
let a: TestCity;
let b: TestCity;
const db = (c: TestCity) => cityDbForSchema(c.schemaName);
const filter = (q: Record<string, string> = {}) => readAuditFilter(new URLSearchParams(q));

beforeAll(async () => {
  a = await createTestCity("audit");
  b = await createTestCity("audit");
  await createDepartment(await testScope(a, a.users.officer.id), { name: "Social Affairs", contactName: "", contactEmail: "" });
  await createDepartment(await testScope(a, a.users.city_admin.id), { name: "Housing", contactName: "", contactEmail: "" });
  await changeMemberRole(await testScope(a, a.users.city_admin.id), a.users.council_member.id, "advisory_member");
  await createDepartment(await testScope(b, b.users.officer.id), { name: "Secret department of B", contactName: "", contactEmail: "" });
  await changeMemberRole(await testScope(b, b.users.city_admin.id), b.users.council_member.id, "advisory_member");
});

beforeEach(() => {
  session.user = a.users.city_admin;
});

describe("the audit view's entries", () => {
  it("merges the city's changes with the platform's entries about this city only, newest first", async () => {
    const { entries } = await listAuditEntries(db(a), a.cityId, filter());
    const departments = entries.filter((e) => e.entity === "Department");
    expect(departments.map((e) => e.changes.find((c) => c.field === "name")?.after)).toEqual(["Housing", "Social Affairs"]);
    const role = entries.find((e) => e.action === "member.role");
    expect(role).toMatchObject({ source: "platform", area: "members", entityId: a.users.council_member.id });
    expect(role!.changes).toEqual([{ field: "value", before: "council_member", after: "advisory_member" }]);
    const times = entries.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(JSON.stringify(entries)).not.toContain("Secret department of B");
    expect(entries.some((e) => e.entityId === b.users.council_member.id)).toBe(false);
  });

  it("filters by person, area and period", async () => {
    const byOfficer = await listAuditEntries(db(a), a.cityId, filter({ actor: a.users.officer.id }));
    expect(byOfficer.entries.map((e) => e.changes.find((c) => c.field === "name")?.after)).toEqual(["Social Affairs"]);
    const members = await listAuditEntries(db(a), a.cityId, filter({ area: "members" }));
    expect(members.entries.map((e) => e.action)).toEqual(["member.role"]);
    const settings = await listAuditEntries(db(a), a.cityId, filter({ area: "settings" }));
    expect(settings.entries.every((e) => e.entity === "Department" || e.source === "platform")).toBe(true);
    expect(settings.entries.filter((e) => e.entity === "Department")).toHaveLength(2);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const past = await listAuditEntries(db(a), a.cityId, filter({ to: yesterday }));
    expect(past.entries).toEqual([]);
    const system = await listAuditEntries(db(a), a.cityId, filter({ actor: "system" }));
    expect(system.entries.every((e) => e.actorId === null)).toBe(true);
  });

  it("drops a malformed filter instead of failing", () => {
    expect(filter({ actor: "'; drop table", area: "nope", from: "31-12-2026", to: "2026-02-30", cursor: "x" })).toEqual({
      actor: "",
      area: "",
      from: "",
      to: "",
      cursor: "",
    });
  });

  it("pages through every entry once, also when entries of both logs share a millisecond", async () => {
    const c = await createTestCity("audit");
    const at = new Date("2026-06-01T10:00:00.000Z");
    await db(c).auditLog.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ at, actorId: null, action: "update", entity: "Commitment", entityId: `c-${i}` })),
    });
    await controlDb().platformAuditLog.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({ at, actorId: null, action: "member.invite", cityId: c.cityId, target: `p-${i}` })),
    });
    const all = await listAuditEntries(db(c), c.cityId, filter(), 1000);
    const seen: string[] = [];
    let cursor = "";
    for (let pages = 0; pages < 100; pages++) {
      const page = await listAuditEntries(db(c), c.cityId, { ...filter(), cursor }, 3);
      seen.push(...page.entries.map((e) => e.key));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(seen).toEqual(all.entries.map((e) => e.key));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(12);
  });
});

describe("the audit export", () => {
  const exportAs = (slug: string, query = "") =>
    GET(new NextRequest(`http://localhost/api/cities/${slug}/audit/export${query}`), { params: Promise.resolve({ city: slug }) });

  it("gives a city admin the filtered entries as CSV, in the link's language", async () => {
    const res = await exportAs(a.slug, `?area=settings&locale=nl`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("cache-control")).toContain("no-store");
    const rows = parse(
      Buffer.from(await res.arrayBuffer())
        .toString("utf8")
        .replace(/^\uFEFF/, ""),
    ) as string[][];
    expect(rows[0]).toEqual(["wanneer (UTC)", "wie", "e-mail", "handeling", "onderdeel", "soort gegeven", "id van het gegeven", "voor", "na"]);
    const created = rows.filter((r) => r[5] === "Afdeling");
    expect(created).toHaveLength(2);
    expect(created.map((r) => r[3])).toEqual(["Aangemaakt", "Aangemaakt"]);
    expect(JSON.parse(created[1]![8]!)).toMatchObject({ name: "Social Affairs", contactName: "", contactEmail: "" });
    expect(created[1]![2]).toBe(a.users.officer.email);
    expect(rows.flat().join()).not.toContain("Secret department of B");
  });

  it("answers 404 to another city's admin and refuses members who are not city admins", async () => {
    session.user = b.users.city_admin;
    expect((await exportAs(a.slug)).status).toBe(404);
    session.user = a.users.officer;
    expect([403, 404]).toContain((await exportAs(a.slug)).status);
    session.user = null;
    expect([401, 404]).toContain((await exportAs(a.slug)).status);
  });
});
