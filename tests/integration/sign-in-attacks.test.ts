/**
 * Attacks on sign-in, as an attacker would run them (issue 11, item 3). Each test goes through the
 * same entry points the app uses — the password check behind the sign-in form, the reset request
 * and completion, the invitation page and its password path — with the client address the HTTP
 * server resolved (lib/kernel/net/client-address.ts; rotating X-Forwarded-For is e2e/sign-in-attacks.spec.ts).
 */
import { randomBytes } from "node:crypto";
import { testScope } from "../helpers/city-scope";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/kernel/auth/authorize-credentials";
import { hashPassword } from "@/lib/kernel/auth/password";
import { createPasswordResetToken, requestPasswordReset, resetPassword } from "@/lib/kernel/auth/password-reset";
import { controlDb } from "@/lib/kernel/db/control";
import { acceptInvitationWithPassword, findInvitation } from "@/lib/features/members/accept-invitation";
import { inviteMember } from "@/lib/features/members/invite-member";
import { createTestCity, type TestCity } from "../helpers/cities";

const argon2Verify = vi.hoisted(() => vi.fn());
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  argon2Verify.mockImplementation(real.verify);
  return { ...real, verify: argon2Verify };
});

// The forgot-password action runs outside a Next request here: `after` callbacks are kept to run
// when the test says, the way Next runs them once the response has gone.
const deferred = vi.hoisted(() => [] as (() => Promise<unknown>)[]);
vi.mock("next/server", () => ({ after: (fn: () => Promise<unknown>) => deferred.push(fn) }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "en" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));

const PASSWORD = "kite river moss";
const ENV = ["LOGIN_MAX_FAILURES_PER_ACCOUNT", "LOGIN_MAX_FAILURES_PER_IP", "LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS", "LOGIN_FREE_FAILURES_PER_ACCOUNT"];
afterEach(() => {
  for (const k of ENV) delete process.env[k];
});

const address = () => `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const unique = (p: string) => `${p}-${randomBytes(5).toString("hex")}@attack.test`;

async function createUser(email = unique("victim")) {
  return controlDb().user.create({ data: { email, name: "Victim", passwordHash: await hashPassword(PASSWORD) } });
}

let city: TestCity;
beforeAll(async () => {
  city = await createTestCity("atk");
});

describe("an attacker cannot lock a user out", () => {
  it("failures from many addresses leave the owner signing in with the right password from their own address", async () => {
    const victim = await createUser();
    const home = address();
    expect((await authorizeCredentials({ email: victim.email, password: PASSWORD, ip: home })).ok).toBe(true);

    // 120 guesses, each from another address (a botnet, or a rotated forwarded header).
    const results = [];
    for (let i = 0; i < 120; i++) results.push(await authorizeCredentials({ email: victim.email, password: `guess number ${i}`, ip: address() }));
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });

    expect(await authorizeCredentials({ email: victim.email, password: PASSWORD, ip: home })).toMatchObject({ ok: true });
  });

  it("parallel guesses from one address are all counted: no more are checked than the limit allows", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = "5";
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS = "5";
    process.env.LOGIN_FREE_FAILURES_PER_ACCOUNT = "1000";
    const victim = await createUser();
    const from = address();
    argon2Verify.mockClear();
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => authorizeCredentials({ email: victim.email, password: `parallel guess ${i}`, ip: from })),
    );
    const checked = burst.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBe(5);
    expect(argon2Verify).toHaveBeenCalledTimes(5);
    expect(burst.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(25);
    expect(await authorizeCredentials({ email: victim.email, password: PASSWORD, ip: from })).toMatchObject({ reason: "throttled" });
  });

  it("parallel guesses from many addresses are all counted against the account", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = "5";
    process.env.LOGIN_FREE_FAILURES_PER_ACCOUNT = "5";
    const victim = await createUser();
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => authorizeCredentials({ email: victim.email, password: `spread guess ${i}`, ip: address() })),
    );
    // Five free attempts, then the first delayed one: everything after waits.
    expect(burst.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(6);
    expect(burst.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThanOrEqual(24);
  });

  it("a password reset still gets the owner of an attacked account back in", async () => {
    const victim = await createUser();
    const home = address();
    const attacker = address();
    for (let i = 0; i < 120; i++) await authorizeCredentials({ email: victim.email, password: `guess number ${i}`, ip: address() });
    // The attacker also asks for the victim's reset mails, again and again.
    for (let i = 0; i < 10; i++) await requestPasswordReset(victim.email, { locale: "en", address: attacker });
    const before = await controlDb().passwordReset.count({ where: { userId: victim.id } });

    // The owner asks from their own address: a link is still sent.
    await requestPasswordReset(victim.email, { locale: "en", address: home });
    expect(await controlDb().passwordReset.count({ where: { userId: victim.id } })).toBe(before + 1);

    const token = await createPasswordResetToken(victim.id);
    await resetPassword(token, "a brand new passphrase", { address: home });
    expect(await authorizeCredentials({ email: victim.email, password: "a brand new passphrase", ip: home })).toMatchObject({ ok: true });
  });
});

describe("invitation and reset flows do not reveal whether an address has an account", () => {
  async function invite(email: string) {
    const r = await inviteMember(await testScope(city, city.users.city_admin.id), { email, role: "officer" });
    return new URL(r.url).pathname.split("/").pop()!;
  }

  it("the invitation link shows the same for an address in use elsewhere and for a new one", async () => {
    const other = await createTestCity("atko");
    const known = await createUser(unique("known"));
    await controlDb().membership.create({ data: { userId: known.id, cityId: other.cityId, role: "officer" } });
    const withAccount = await findInvitation(await invite(known.email));
    const withoutAccount = await findInvitation(await invite(unique("new")));
    const strip = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([k]) => k !== "email" && k !== "expiresAt"));
    expect(strip(withAccount)).toEqual(strip(withoutAccount));
  });

  it("accepting with a password answers an unknown address like a wrong password, after the same work", async () => {
    const known = await createUser(unique("known2"));
    const tokenKnown = await invite(known.email);
    const tokenUnknown = await invite(unique("nobody"));
    argon2Verify.mockClear();
    const wrong = await acceptInvitationWithPassword(tokenKnown, { password: "not the password" }, { ip: address() }).catch((e: unknown) => e);
    expect(argon2Verify).toHaveBeenCalledTimes(1);
    argon2Verify.mockClear();
    const unknown = await acceptInvitationWithPassword(tokenUnknown, { password: "not the password" }, { ip: address() }).catch((e: unknown) => e);
    expect(argon2Verify).toHaveBeenCalledTimes(1);
    expect(unknown).toMatchObject({ code: "validation", messageKey: "auth.invite.wrongPassword" });
    expect(unknown).toMatchObject({ code: (wrong as { code: string }).code, messageKey: (wrong as { messageKey: string }).messageKey });
  });

  it("asking for a reset answers the same at once for both; the lookup happens after the answer", async () => {
    const { askPasswordResetAction } = await import("@/app/(app)/forgot-password/actions");
    const known = await createUser(unique("known3"));
    deferred.length = 0;
    const forKnown = await askPasswordResetAction({ email: known.email });
    const forUnknown = await askPasswordResetAction({ email: unique("nobody") });
    expect(forKnown).toEqual(forUnknown);
    // Nothing was looked up or created before the answer.
    expect(await controlDb().passwordReset.count({ where: { userId: known.id } })).toBe(0);
    await Promise.all(deferred.splice(0).map((fn) => fn()));
    expect(await controlDb().passwordReset.count({ where: { userId: known.id } })).toBe(1);
  });
});
