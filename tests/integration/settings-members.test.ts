import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import("@/app/(app)/[city]/workspace/settings/members/actions");
const { controlDb } = await import("@/lib/kernel/db/control");
const { getPool } = await import("@/lib/kernel/db/pool");
const { provisionCity } = await import("@/lib/kernel/tenancy/provision-city");

type Role = "city_admin" | "officer" | "council_member" | "advisory_member";

async function addMember(cityId: string, role: Role, name: string): Promise<SessionUser> {
  const user = await controlDb().user.create({ data: { email: `${randomUUID()}@example.org`, name } });
  await controlDb().membership.create({ data: { userId: user.id, cityId, role } });
  return { id: user.id, email: user.email, name: user.name, platformAdmin: false, locale: null };
}

let city: { slug: string; id: string };
let admin: SessionUser;
let officer: SessionUser;
let council: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  delete process.env.SMTP_HOST;
  const s = `t-mem-${randomUUID().slice(0, 8)}`;
  const p = await provisionCity(getPool(), { slug: s, name: "Members Test City", country: "NL", defaultLocale: "nl", adminEmail: `admin-${s}@example.org` });
  city = { slug: s, id: p.cityId };
  admin = await addMember(p.cityId, "city_admin", "Ada Admin");
  officer = await addMember(p.cityId, "officer", "Olga Officer");
  council = await addMember(p.cityId, "council_member", "Cees Council");
  const o = `t-mem-${randomUUID().slice(0, 8)}`;
  const q = await provisionCity(getPool(), { slug: o, name: "Other City", country: "NL", defaultLocale: "en", adminEmail: `admin-${o}@example.org` });
  outsider = await addMember(q.cityId, "city_admin", "Otto Outsider");
});

beforeEach(() => {
  session.user = null;
});

const membership = (userId: string) => controlDb().membership.findUnique({ where: { userId_cityId: { userId, cityId: city.id } } });

describe("member actions (settings → members)", () => {
  it("invites with a link shown to the admin when email is not configured", async () => {
    session.user = admin;
    const result = await actions.inviteMemberAction(city.slug, { email: "New.Person@Example.org", role: "advisory_member" });
    expect(result).toMatchObject({ ok: true, data: { email: "new.person@example.org", emailed: false } });
    if (!result.ok) return;
    expect(result.data.url).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    const open = await controlDb().invitation.findMany({ where: { cityId: city.id, email: "new.person@example.org", revokedAt: null } });
    expect(open).toHaveLength(1);
    expect(open[0]?.role).toBe("advisory_member");
  });

  it("refuses an invalid email with a field error key", async () => {
    session.user = admin;
    const result = await actions.inviteMemberAction(city.slug, { email: "not-an-email", role: "officer" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { email: ["auth.validation.emailInvalid"] } } });
  });

  it("changes a role and revokes an invitation", async () => {
    session.user = admin;
    expect(await actions.changeMemberRoleAction(city.slug, { userId: council.id, role: "advisory_member" })).toMatchObject({ ok: true });
    expect((await membership(council.id))?.role).toBe("advisory_member");

    const invite = await actions.inviteMemberAction(city.slug, { email: `revoke-${randomUUID()}@example.org`, role: "officer" });
    expect(invite.ok).toBe(true);
    if (!invite.ok) return;
    const inv = await controlDb().invitation.findFirstOrThrow({ where: { cityId: city.id, email: invite.data.email } });
    expect(await actions.revokeInvitationAction(city.slug, { invitationId: inv.id })).toMatchObject({ ok: true });
    expect((await controlDb().invitation.findUniqueOrThrow({ where: { id: inv.id } })).revokedAt).not.toBeNull();
  });

  it("lets an officer do none of it (forbidden) and a user of another city gets not_found", async () => {
    for (const [user, code] of [
      [officer, "forbidden"],
      [outsider, "not_found"],
    ] as const) {
      session.user = user;
      expect(await actions.inviteMemberAction(city.slug, { email: "x@example.org", role: "city_admin" })).toMatchObject({ ok: false, error: { code } });
      expect(await actions.changeMemberRoleAction(city.slug, { userId: officer.id, role: "city_admin" })).toMatchObject({ ok: false, error: { code } });
      expect(await actions.removeMemberAction(city.slug, { userId: council.id })).toMatchObject({ ok: false, error: { code } });
    }
    expect((await membership(officer.id))?.role).toBe("officer");
    expect(await membership(council.id)).not.toBeNull();
  });

  it("does not reach members of another city by id", async () => {
    session.user = admin;
    expect(await actions.removeMemberAction(city.slug, { userId: outsider.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await controlDb().membership.count({ where: { userId: outsider.id } })).toBe(1);
  });

  it("removes a member", async () => {
    session.user = admin;
    expect(await actions.removeMemberAction(city.slug, { userId: council.id })).toMatchObject({ ok: true });
    expect(await membership(council.id)).toBeNull();
  });
});
