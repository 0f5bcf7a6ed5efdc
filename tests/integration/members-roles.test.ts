import { describe, expect, it } from "vitest";
import { testScope } from "../helpers/city-scope";
import { userForSession } from "@/lib/kernel/auth/session-check";
import { controlDb } from "@/lib/kernel/db/control";
import { changeMemberRole } from "@/lib/features/members/change-member-role";
import { listMembers } from "@/lib/features/members/list-members";
import { removeMember } from "@/lib/features/members/remove-member";
import { createTestCity } from "../helpers/cities";

const sv = async (userId: string) => (await controlDb().user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;

describe("members", () => {
  it("lists the city's members with name, email, role and since", async () => {
    const city = await createTestCity("mem");
    const members = await listMembers(city.cityId);
    expect(members).toHaveLength(4);
    expect(members.map((m) => m.role).sort()).toEqual(["advisory_member", "city_admin", "council_member", "officer"]);
    expect(members[0]).toEqual({
      userId: expect.any(String),
      name: expect.any(String),
      email: expect.any(String),
      role: expect.any(String),
      since: expect.any(Date),
    });
  });

  it("changing a role ends the member's sessions and is audited", async () => {
    const city = await createTestCity("mem");
    const officer = city.users.officer;
    const before = await sv(officer.id);
    await changeMemberRole(await testScope(city, city.users.city_admin.id), officer.id, "city_admin");
    expect((await listMembers(city.cityId)).find((m) => m.userId === officer.id)?.role).toBe("city_admin");
    expect(await userForSession({ uid: officer.id, sv: before })).toBeNull();
    const audit = await controlDb().platformAuditLog.findFirst({ where: { cityId: city.cityId, action: "member.role", target: officer.id } });
    expect(audit?.details).toEqual({ from: "officer", to: "city_admin" });
  });

  it("the same role again changes nothing", async () => {
    const city = await createTestCity("mem");
    const before = await sv(city.users.officer.id);
    await changeMemberRole(await testScope(city, city.users.city_admin.id), city.users.officer.id, "officer");
    expect(await sv(city.users.officer.id)).toBe(before);
  });

  it("removing a member ends their sessions and keeps their account", async () => {
    const city = await createTestCity("mem");
    const member = city.users.council_member;
    const before = await sv(member.id);
    await removeMember(await testScope(city, city.users.city_admin.id), member.id);
    expect((await listMembers(city.cityId)).some((m) => m.userId === member.id)).toBe(false);
    expect(await userForSession({ uid: member.id, sv: before })).toBeNull();
    expect(await controlDb().user.findUnique({ where: { id: member.id } })).not.toBeNull();
    expect(await controlDb().platformAuditLog.count({ where: { cityId: city.cityId, action: "member.remove", target: member.id } })).toBe(1);
  });

  it("the last city admin can be neither demoted nor removed", async () => {
    const city = await createTestCity("mem");
    const ctx = await testScope(city, city.users.city_admin.id);
    const admin = city.users.city_admin.id;
    await expect(changeMemberRole(ctx, admin, "officer")).rejects.toMatchObject({ code: "conflict", messageKey: "auth.members.lastAdmin" });
    await expect(removeMember(ctx, admin)).rejects.toMatchObject({ code: "conflict", messageKey: "auth.members.lastAdmin" });
    expect((await listMembers(city.cityId)).find((m) => m.userId === admin)?.role).toBe("city_admin");

    // With a second admin, the first may step down.
    await changeMemberRole(ctx, city.users.officer.id, "city_admin");
    await changeMemberRole(ctx, admin, "officer");
    expect((await listMembers(city.cityId)).filter((m) => m.role === "city_admin").map((m) => m.userId)).toEqual([city.users.officer.id]);
  });

  it("two admins demoting each other at the same time leave one admin", async () => {
    const city = await createTestCity("mem");
    const a = city.users.city_admin.id;
    const b = city.users.officer.id;
    // Several rounds: a single round often finishes one transaction before the other starts.
    for (let round = 0; round < 5; round++) {
      await controlDb().membership.updateMany({ where: { cityId: city.cityId, userId: { in: [a, b] } }, data: { role: "city_admin" } });
      const results = await Promise.allSettled([
        changeMemberRole(await testScope(city, a), b, "officer"),
        changeMemberRole(await testScope(city, b), a, "officer"),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect((await listMembers(city.cityId)).filter((m) => m.role === "city_admin")).toHaveLength(1);
    }
  });

  it("members of another city, unknown and malformed ids are not found", async () => {
    const city = await createTestCity("mem");
    const other = await createTestCity("mem");
    const ctx = await testScope(city, city.users.city_admin.id);
    for (const id of [other.users.officer.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      await expect(changeMemberRole(ctx, id, "officer")).rejects.toMatchObject({ code: "not_found" });
      await expect(removeMember(ctx, id)).rejects.toMatchObject({ code: "not_found" });
    }
    expect((await listMembers(other.cityId)).find((m) => m.userId === other.users.officer.id)?.role).toBe("officer");
  });
});
