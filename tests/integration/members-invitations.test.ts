import { randomBytes } from "node:crypto";
import { testScope } from "../helpers/city-scope";
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/kernel/auth/authorize-credentials";
import { hashPassword } from "@/lib/kernel/auth/password";
import { hashToken } from "@/lib/kernel/auth/tokens";
import { controlDb } from "@/lib/kernel/db/control";
import { AppError } from "@/lib/kernel/errors";
import { acceptInvitationAsUser, acceptInvitationNewAccount, acceptInvitationWithPassword, findInvitation } from "@/lib/features/members/accept-invitation";
import { inviteMember } from "@/lib/features/members/invite-member";
import { listMembers, listOpenInvitations } from "@/lib/features/members/list-members";
import { revokeInvitation } from "@/lib/features/members/revoke-invitation";
import { createTestCity, type TestCity } from "../helpers/cities";

const PASSWORD = "kite river moss";

function tokenOf(url: string): string {
  const token = new URL(url).pathname.split("/invite/")[1];
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

async function invite(city: TestCity, role: "officer" | "council_member" | "city_admin" = "officer", email = `new-${randomBytes(4).toString("hex")}@inv.test`) {
  const r = await inviteMember(await testScope(city, city.users.city_admin.id), { email, role });
  return { ...r, email, token: tokenOf(r.url) };
}

async function messageKeyOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.messageKey;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("invitations", () => {
  it("without SMTP returns the link (for the admin to pass on), valid 7 days, storing only its hash", async () => {
    const city = await createTestCity("inv");
    const r = await invite(city, "council_member", "Mixed.Case@Inv.test");
    expect(r.emailed).toBe(false);
    expect(r.url).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{43}$/);
    const row = await controlDb().invitation.findUniqueOrThrow({ where: { id: r.invitationId } });
    expect(row.email).toBe("mixed.case@inv.test");
    expect(row.tokenHash).toBe(hashToken(r.token));
    expect(row.tokenHash).not.toContain(r.token);
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const audit = await controlDb().platformAuditLog.findFirst({ where: { cityId: city.cityId, action: "member.invite" } });
    expect(audit).toMatchObject({ actorId: city.users.city_admin.id, target: "mixed.case@inv.test" });
    expect(await listOpenInvitations(city.cityId)).toEqual([
      expect.objectContaining({
        id: r.invitationId,
        email: "mixed.case@inv.test",
        role: "council_member",
        invitedBy: { id: city.users.city_admin.id, name: city.users.city_admin.name },
      }),
    ]);
  });

  it("refuses to invite an existing member", async () => {
    const city = await createTestCity("inv");
    await expect(invite(city, "officer", city.users.officer.email)).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { email: ["auth.members.alreadyMember"] } },
    });
  });

  it("a new address creates its account, becomes a member with the role, and the link works once", async () => {
    const city = await createTestCity("inv");
    const r = await invite(city, "council_member");
    expect(await findInvitation(r.token)).toMatchObject({ status: "open", email: r.email, role: "council_member", citySlug: city.slug });

    const accepted = await acceptInvitationNewAccount(r.token, { name: "Nieuw Raadslid", password: PASSWORD });
    expect(accepted).toMatchObject({ citySlug: city.slug, email: r.email });
    const members = await listMembers(city.cityId);
    expect(members).toContainEqual(expect.objectContaining({ email: r.email, name: "Nieuw Raadslid", role: "council_member", userId: accepted.userId }));
    expect((await authorizeCredentials({ email: r.email, password: PASSWORD, ip: null })).ok).toBe(true);

    expect(await findInvitation(r.token)).toEqual({ status: "used" });
    expect(await messageKeyOf(acceptInvitationNewAccount(r.token, { name: "Again", password: PASSWORD }))).toBe("auth.invite.used");
    expect(await listOpenInvitations(city.cityId)).toEqual([]);
    const audit = await controlDb().platformAuditLog.findFirst({ where: { cityId: city.cityId, action: "member.accept" } });
    expect(audit).toMatchObject({ actorId: accepted.userId, target: r.email });
  });

  it("accepting the same link twice at once: exactly one succeeds", async () => {
    const city = await createTestCity("inv");
    const r = await invite(city);
    const results = await Promise.allSettled([
      acceptInvitationNewAccount(r.token, { name: "One", password: PASSWORD }),
      acceptInvitationNewAccount(r.token, { name: "Two", password: PASSWORD }),
    ]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect((await listMembers(city.cityId)).filter((m) => m.email === r.email)).toHaveLength(1);
  });

  it("an expired invitation cannot be accepted", async () => {
    const city = await createTestCity("inv");
    const r = await invite(city);
    await controlDb().invitation.update({ where: { id: r.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findInvitation(r.token)).toEqual({ status: "expired" });
    expect(await messageKeyOf(acceptInvitationNewAccount(r.token, { name: "Late", password: PASSWORD }))).toBe("auth.invite.expired");
    expect(await listOpenInvitations(city.cityId)).toEqual([]);
    expect(await controlDb().user.findUnique({ where: { email: r.email } })).toBeNull();
  });

  it("inviting the same address again revokes the earlier link", async () => {
    const city = await createTestCity("inv");
    const first = await invite(city, "officer", `twice-${randomBytes(4).toString("hex")}@inv.test`);
    const second = await invite(city, "council_member", first.email);
    expect(await findInvitation(first.token)).toEqual({ status: "revoked" });
    expect(await messageKeyOf(acceptInvitationNewAccount(first.token, { name: "Old", password: PASSWORD }))).toBe("auth.invite.revoked");
    expect((await listOpenInvitations(city.cityId)).map((i) => i.id)).toEqual([second.invitationId]);
    await acceptInvitationNewAccount(second.token, { name: "New", password: PASSWORD });
    expect((await listMembers(city.cityId)).find((m) => m.email === first.email)?.role).toBe("council_member");
  });

  it("a revoked invitation cannot be accepted; another city cannot revoke it", async () => {
    const city = await createTestCity("inv");
    const other = await createTestCity("inv");
    const r = await invite(city);
    await expect(revokeInvitation(await testScope(other, other.users.city_admin.id), r.invitationId)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeInvitation(await testScope(city, city.users.city_admin.id), "nonsense")).rejects.toMatchObject({ code: "not_found" });
    await revokeInvitation(await testScope(city, city.users.city_admin.id), r.invitationId);
    expect(await findInvitation(r.token)).toEqual({ status: "revoked" });
    expect(await messageKeyOf(acceptInvitationNewAccount(r.token, { name: "X", password: PASSWORD }))).toBe("auth.invite.revoked");
    // Already revoked: nothing left to revoke.
    await expect(revokeInvitation(await testScope(city, city.users.city_admin.id), r.invitationId)).rejects.toMatchObject({ code: "not_found" });
    expect(await controlDb().platformAuditLog.count({ where: { cityId: city.cityId, action: "member.invite_revoke" } })).toBe(1);
  });

  it("an address with a password must prove it; it cannot be taken over through the link", async () => {
    const city = await createTestCity("inv");
    const email = `has-pw-${randomBytes(4).toString("hex")}@inv.test`;
    const existing = await controlDb().user.create({ data: { email, name: "Has Password", passwordHash: await hashPassword(PASSWORD) } });
    const r = await invite(city, "officer", email);
    expect(await findInvitation(r.token)).toMatchObject({ status: "open" });

    expect(await messageKeyOf(acceptInvitationNewAccount(r.token, { name: "Attacker", password: "attacker owns this now" }))).toBe("auth.invite.cannotCreate");
    await expect(acceptInvitationWithPassword(r.token, { password: "wrong password!" })).rejects.toMatchObject({
      details: { fieldErrors: { password: ["auth.invite.wrongPassword"] } },
    });
    expect((await findInvitation(r.token)).status).toBe("open");

    const accepted = await acceptInvitationWithPassword(r.token, { password: PASSWORD });
    expect(accepted.userId).toBe(existing.id);
    expect((await listMembers(city.cityId)).find((m) => m.userId === existing.id)?.role).toBe("officer");
    expect((await controlDb().user.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe("Has Password");
  });

  it("an account without a password (e.g. the first admin who has not set one) completes it through the link", async () => {
    const city = await createTestCity("inv");
    const email = `no-pw-${randomBytes(4).toString("hex")}@inv.test`;
    const existing = await controlDb().user.create({ data: { email, name: "No Password" } });
    const r = await invite(city, "officer", email);
    const accepted = await acceptInvitationNewAccount(r.token, { name: "Now Named", password: PASSWORD });
    expect(accepted.userId).toBe(existing.id);
    expect((await authorizeCredentials({ email, password: PASSWORD, ip: null })).ok).toBe(true);
  });

  it("an account in use elsewhere without a password cannot be given one through the link (the admin may hold it)", async () => {
    const city = await createTestCity("inv");
    const other = await createTestCity("inv");
    // test helpers create users without passwords, as OpenID Connect users are
    const elsewhere = other.users.council_member;
    const r = await invite(city, "officer", elsewhere.email);
    expect(await findInvitation(r.token)).toMatchObject({ status: "open" });
    expect(await messageKeyOf(acceptInvitationNewAccount(r.token, { name: "Takeover", password: "attacker owns this now" }))).toBe("auth.invite.cannotCreate");
    expect((await controlDb().user.findUniqueOrThrow({ where: { id: elsewhere.id } })).passwordHash).toBeNull();

    const platformAdmin = await controlDb().user.create({ data: { email: `pa-${randomBytes(4).toString("hex")}@inv.test`, name: "PA", platformAdmin: true } });
    const r2 = await invite(city, "officer", platformAdmin.email);
    expect(await messageKeyOf(acceptInvitationNewAccount(r2.token, { name: "Takeover", password: "attacker owns this now" }))).toBe("auth.invite.cannotCreate");

    // Signed in as that account, the person accepts.
    expect(await acceptInvitationAsUser(r.token, elsewhere)).toMatchObject({ citySlug: city.slug, userId: elsewhere.id });
  });

  it("a person signed in as the invited address accepts with one click; someone else cannot", async () => {
    const city = await createTestCity("inv");
    const other = await createTestCity("inv");
    const person = other.users.officer;
    const r = await invite(city, "council_member", person.email);
    await expect(acceptInvitationAsUser(r.token, city.users.officer)).rejects.toMatchObject({ code: "not_found" });
    const accepted = await acceptInvitationAsUser(r.token, person);
    expect(accepted).toMatchObject({ citySlug: city.slug, userId: person.id });
    expect((await listMembers(city.cityId)).find((m) => m.userId === person.id)?.role).toBe("council_member");
  });

  it("unknown or malformed tokens are invalid", async () => {
    expect(await findInvitation("a".repeat(43))).toEqual({ status: "invalid" });
    expect(await findInvitation("short")).toEqual({ status: "invalid" });
    expect(await messageKeyOf(acceptInvitationNewAccount("a".repeat(43), { name: "X", password: PASSWORD }))).toBe("auth.invite.invalid");
  });
});
