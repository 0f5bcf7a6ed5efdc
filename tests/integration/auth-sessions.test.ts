import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { endSessions } from "@/lib/kernel/auth/end-sessions";
import { assertAuthConfigured, authOptionsFor, SESSION_MAX_AGE_S } from "@/lib/kernel/auth/options";
import { hashPassword } from "@/lib/kernel/auth/password";
import { userForSession } from "@/lib/kernel/auth/session-check";
import { controlDb } from "@/lib/kernel/db/control";
import { CookieJar } from "../helpers/cookie-jar";
import { callAuth } from "../helpers/next-auth-request";

const PASSWORD = "kite river moss";

async function createUser(opts: { disabled?: boolean; password?: boolean } = {}) {
  return controlDb().user.create({
    data: {
      email: `s-${randomBytes(5).toString("hex")}@sessions.test`,
      name: "Session Test",
      disabled: !!opts.disabled,
      passwordHash: opts.password ? await hashPassword(PASSWORD) : null,
    },
  });
}

const env = { ...process.env };
afterEach(() => {
  if (env.NEXTAUTH_SECRET === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
});

/** Signs in through next-auth's credentials callback, as the sign-in form does; returns the browser's jar. */
async function signIn(email: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await callAuth({ method: "GET", action: "csrf", jar });
  const r = await callAuth({
    method: "POST",
    action: "callback",
    provider: "credentials",
    body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, email, password: PASSWORD, json: "true" },
    jar,
    address: "192.0.2.10",
  });
  expect(r.body).toMatchObject({ url: expect.stringMatching(/^http:\/\/localhost:3000/) });
  expect(jar.get("next-auth.session-token")).toBeTruthy();
  return jar;
}

const SESSION_COOKIE = "next-auth.session-token";

describe("session revocation", () => {
  it("a session is good until endSessions moves the user's session version on", async () => {
    const user = await createUser();
    const claims = { uid: user.id, sv: user.sessionVersion };
    expect(await userForSession(claims)).toMatchObject({ id: user.id, email: user.email, cityScope: null });
    await endSessions(user.id);
    expect(await userForSession(claims)).toBeNull();
    expect(await userForSession({ uid: user.id, sv: user.sessionVersion + 1 })).toMatchObject({ id: user.id });
  });

  it("refuses disabled users, unknown ids and malformed claims", async () => {
    const disabled = await createUser({ disabled: true });
    expect(await userForSession({ uid: disabled.id, sv: 1 })).toBeNull();
    expect(await userForSession({ uid: "00000000-0000-4000-8000-000000000000", sv: 1 })).toBeNull();
    expect(await userForSession({ uid: "not-a-uuid", sv: 1 })).toBeNull();
    expect(await userForSession({ uid: disabled.id })).toBeNull();
    expect(await userForSession({ uid: disabled.id, sv: 1, cs: "not-a-uuid" })).toBeNull();
    expect(await userForSession(null)).toBeNull();
  });

  it("/api/auth/session answers a live session (and renews it), and gives an ended one nothing and no renewal", async () => {
    const user = await createUser({ password: true });
    const jar = await signIn(user.email);
    const live = await callAuth({ method: "GET", action: "session", jar });
    expect(live.body).toMatchObject({ user: { email: user.email, name: "Session Test" } });
    // Only what a page script may read: no ids, no session version.
    expect(Object.keys(live.body as object).sort()).toEqual(["expires", "user"]);
    expect(live.setCookies.some((c) => c.startsWith(`${SESSION_COOKIE}=`) && !/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c))).toBe(true);

    // Signed out elsewhere (or the password changed, or the role removed): all sessions end.
    await endSessions(user.id);
    const ended = await callAuth({ method: "GET", action: "session", jar });
    expect(ended.body).toEqual({});
    const renewal = ended.setCookies.filter((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(renewal.length).toBeGreaterThan(0);
    for (const c of renewal) expect(c).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
  });

  it("a disabled account's session gets nothing either", async () => {
    const user = await createUser({ password: true });
    const jar = await signIn(user.email);
    await controlDb().user.update({ where: { id: user.id }, data: { disabled: true } });
    expect((await callAuth({ method: "GET", action: "session", jar })).body).toEqual({});
  });
});

describe("next-auth options", () => {
  const options = () => authOptionsFor({ address: null, provider: null, intent: null });

  it("uses JWT sessions of at most 12 hours and the own sign-in page; only the password provider without a city provider in the path", () => {
    expect(options().session).toMatchObject({ strategy: "jwt", maxAge: 12 * 60 * 60, updateAge: 60 * 60 });
    expect(SESSION_MAX_AGE_S).toBe(43_200);
    expect(options().pages?.signIn).toBe("/login");
    expect(options().providers.map((p) => p.id)).toEqual(["credentials"]);
  });

  it("fails closed with a clear message when NEXTAUTH_SECRET is missing or short", () => {
    delete process.env.NEXTAUTH_SECRET;
    expect(() => options()).toThrow(/NEXTAUTH_SECRET is not set.*openssl rand/);
    expect(() => assertAuthConfigured()).toThrow(/NEXTAUTH_SECRET/);
    process.env.NEXTAUTH_SECRET = "short";
    expect(() => options()).toThrow(/too short/);
    process.env.NEXTAUTH_SECRET = "x".repeat(40);
    expect(options().secret).toBe("x".repeat(40));
  });

  it("refuses a provider it was not built with", async () => {
    const signIn = options().callbacks!.signIn!;
    expect(await signIn({ account: { provider: "github", type: "oauth", providerAccountId: "1" } } as never)).toBe(false);
    expect(await signIn({ account: { provider: "oidc-00000000-0000-4000-8000-000000000000", type: "oauth", providerAccountId: "1" } } as never)).toBe(false);
  });
});
