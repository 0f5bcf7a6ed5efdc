import { randomBytes } from "node:crypto";
import type { Account, Profile, Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";
import { endSessions } from "@/lib/auth/end-sessions";
import { assertAuthConfigured, authOptions, SESSION_MAX_AGE_S } from "@/lib/auth/options";
import { oidcSettings, resolveOidcUser } from "@/lib/auth/oidc";
import { userForSession } from "@/lib/auth/session-check";
import { controlDb } from "@/lib/db/control";

async function createUser(opts: { disabled?: boolean } = {}) {
  return controlDb().user.create({
    data: { email: `s-${randomBytes(5).toString("hex")}@sessions.test`, name: "Session Test", disabled: !!opts.disabled },
  });
}

const env = { ...process.env };
afterEach(() => {
  for (const k of ["NEXTAUTH_SECRET", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_NAME"]) {
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
  }
});

// The callbacks as next-auth calls them, with only the arguments they use.
const cb = authOptions.callbacks!;
const jwt = (args: { token: JWT; user?: unknown; account?: Partial<Account> | null; profile?: Profile }) =>
  cb.jwt!(args as unknown as Parameters<NonNullable<typeof cb.jwt>>[0]);
const session = (args: { session: Session; token: JWT }) => cb.session!(args as unknown as Parameters<NonNullable<typeof cb.session>>[0]);
const signInCb = (args: { user?: User; account: Partial<Account>; profile?: Profile }) =>
  cb.signIn!(args as unknown as Parameters<NonNullable<typeof cb.signIn>>[0]);

describe("session revocation", () => {
  it("a session is good until endSessions moves the user's session version on", async () => {
    const user = await createUser();
    const claims = { uid: user.id, sv: user.sessionVersion };
    expect(await userForSession(claims)).toMatchObject({ id: user.id, email: user.email });
    await endSessions(user.id);
    expect(await userForSession(claims)).toBeNull();
    // A new sign-in carries the new version.
    expect(await userForSession({ uid: user.id, sv: user.sessionVersion + 1 })).toMatchObject({ id: user.id });
  });

  it("refuses disabled users, unknown ids and malformed claims", async () => {
    const disabled = await createUser({ disabled: true });
    expect(await userForSession({ uid: disabled.id, sv: 1 })).toBeNull();
    expect(await userForSession({ uid: "00000000-0000-4000-8000-000000000000", sv: 1 })).toBeNull();
    expect(await userForSession({ uid: "not-a-uuid", sv: 1 })).toBeNull();
    expect(await userForSession({ uid: disabled.id })).toBeNull();
    expect(await userForSession(null)).toBeNull();
  });
});

describe("next-auth options", () => {
  it("uses JWT sessions of at most 12 hours and the own sign-in page", () => {
    expect(authOptions.session).toMatchObject({ strategy: "jwt", maxAge: 12 * 60 * 60, updateAge: 60 * 60 });
    expect(SESSION_MAX_AGE_S).toBe(43_200);
    expect(authOptions.pages?.signIn).toBe("/login");
  });

  it("puts the user id and session version into the token and the session", async () => {
    const token = await jwt({
      token: { name: "A", email: "a@x.test", sub: "u1" },
      user: { id: "u1", email: "a@x.test", name: "A", sessionVersion: 7 },
      account: { provider: "credentials", type: "credentials", providerAccountId: "u1" },
    });
    expect(token).toMatchObject({ uid: "u1", sv: 7 });
    // Later requests keep the token as it is.
    expect(await jwt({ token, account: null })).toEqual(token);
    const s = await session({ session: { expires: "2030-01-01T00:00:00Z", user: { name: "A" } }, token });
    expect(s).toMatchObject({ uid: "u1", sv: 7 });
  });

  it("fails closed with a clear message when NEXTAUTH_SECRET is missing or short", () => {
    delete process.env.NEXTAUTH_SECRET;
    expect(() => authOptions.secret).toThrow(/NEXTAUTH_SECRET is not set.*openssl rand/);
    expect(() => assertAuthConfigured()).toThrow(/NEXTAUTH_SECRET/);
    process.env.NEXTAUTH_SECRET = "short";
    expect(() => authOptions.secret).toThrow(/too short/);
    process.env.NEXTAUTH_SECRET = "x".repeat(40);
    expect(authOptions.secret).toBe("x".repeat(40));
  });

  it("offers OpenID Connect only when it is fully configured", () => {
    delete process.env.OIDC_ISSUER;
    delete process.env.OIDC_CLIENT_ID;
    delete process.env.OIDC_CLIENT_SECRET;
    expect(oidcSettings()).toBeNull();
    expect(authOptions.providers.map((p) => p.id)).toEqual(["credentials"]);
    process.env.OIDC_ISSUER = "https://idp.example/realms/city/";
    expect(oidcSettings()).toBeNull(); // half a configuration stays off
    process.env.OIDC_CLIENT_ID = "charta";
    process.env.OIDC_CLIENT_SECRET = "s3cret";
    process.env.OIDC_NAME = "Gemeente-ID";
    expect(oidcSettings()).toEqual({ issuer: "https://idp.example/realms/city", clientId: "charta", clientSecret: "s3cret", name: "Gemeente-ID" });
    expect(authOptions.providers.map((p) => p.id)).toEqual(["credentials", "oidc"]);
  });
});

describe("OpenID Connect sign-in", () => {
  it("admits only a verified email of an existing, enabled user", async () => {
    const user = await createUser();
    const disabled = await createUser({ disabled: true });
    expect(await resolveOidcUser({ sub: "x", email: user.email.toUpperCase(), email_verified: true })).toMatchObject({ id: user.id });
    expect(await resolveOidcUser({ sub: "x", email: user.email, email_verified: "true" })).toMatchObject({ id: user.id });
    expect(await resolveOidcUser({ sub: "x", email: user.email, email_verified: false })).toBeNull();
    expect(await resolveOidcUser({ sub: "x", email: user.email })).toBeNull();
    expect(await resolveOidcUser({ sub: "x", email: "nobody@sessions.test", email_verified: true })).toBeNull();
    expect(await resolveOidcUser({ sub: "x", email: disabled.email, email_verified: true })).toBeNull();
  });

  it("the sign-in callback refuses what resolveOidcUser refuses, and the token binds to the Charta user", async () => {
    const user = await createUser();
    const account = { provider: "oidc", type: "oauth" as const, providerAccountId: "idp-sub-1" };
    const verified = { sub: "idp-sub-1", email: user.email, email_verified: true } as Profile;
    expect(await signInCb({ account, profile: verified })).toBe(true);
    expect(await signInCb({ account, profile: { ...verified, email_verified: false } as Profile })).toBe(false);
    const token = await jwt({ token: { sub: "idp-sub-1", email: user.email }, user: { id: "idp-sub-1" }, account, profile: verified });
    expect(token).toMatchObject({ uid: user.id, sub: user.id, sv: user.sessionVersion });
    expect(await signInCb({ account: { provider: "github", type: "oauth" } })).toBe(false);
  });
});
