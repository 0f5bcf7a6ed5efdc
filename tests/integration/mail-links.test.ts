/**
 * Invitation and reset links carry a single-use token: they are built from the configured base
 * URL only. A request's Host or X-Forwarded-Host (chosen by whoever sends it) never decides where
 * the token goes.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { testScope } from "../helpers/city-scope";
import { hashPassword } from "@/lib/kernel/auth/password";
import { requestPasswordReset } from "@/lib/kernel/auth/password-reset";
import { controlDb } from "@/lib/kernel/db/control";
import { inviteMember } from "@/lib/features/members/invite-member";
import { createTestCity, type TestCity } from "../helpers/cities";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));
const sent = vi.hoisted(() => [] as { link?: string }[]);
vi.mock("@/lib/kernel/mail/send-mail", () => ({
  sendMail: async (_message: unknown, opts: { link?: string } = {}) => {
    sent.push(opts);
    return { sent: false };
  },
}));

const configured = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = configured;
});

let city: TestCity;
beforeAll(async () => {
  city = await createTestCity("links");
});

const ctx = () => testScope(city, city.users.city_admin.id);

describe("links in mails", () => {
  it("use NEXTAUTH_URL, whatever host the request names", async () => {
    process.env.NEXTAUTH_URL = "https://charta.example.org/";
    const r = await inviteMember(await ctx(), { email: "links-invite@example.org", role: "officer" });
    expect(r.url).toMatch(/^https:\/\/charta\.example\.org\/invite\/[\w-]{40,}$/);

    const user = await controlDb().user.create({ data: { email: "links-reset@example.org", name: "R", passwordHash: await hashPassword("x long password") } });
    sent.length = 0;
    await requestPasswordReset(user.email, { locale: "en", address: "192.0.2.1" });
    expect(sent.map((m) => m.link)).toEqual([expect.stringMatching(/^https:\/\/charta\.example\.org\/reset-password\/[\w-]{40,}$/)]);
  });

  it("without a configured base URL, no link is made (and nothing is stored), rather than one on the request's host", async () => {
    delete process.env.NEXTAUTH_URL;
    const before = await controlDb().invitation.count({ where: { cityId: city.cityId } });
    const r = await inviteMember(await ctx(), { email: "links-none@example.org", role: "officer" }).catch((e: Error) => e);
    expect(String((r as Error).message ?? JSON.stringify(r))).not.toContain("evil.example");
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toMatch(/NEXTAUTH_URL/);
    expect(await controlDb().invitation.count({ where: { cityId: city.cityId } })).toBe(before);
  });
});
