/**
 * Sign-in through a city's own identity provider, against a real OpenID provider started here
 * (tests/helpers/oidc-provider.ts): the whole authorization-code flow with PKCE, state and nonce,
 * driven over HTTP between next-auth's handler (with Charta's per-request options) and the
 * provider. Proves who a provider may sign in, and who not.
 */
import { randomBytes } from "node:crypto";
import { testScope } from "../helpers/city-scope";
import { decode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/kernel/auth/password";
import { userForSession } from "@/lib/kernel/auth/session-check";
import { controlDb } from "@/lib/kernel/db/control";
import { linkIntent, invitationIntent } from "@/lib/kernel/auth/identity/prepare-intent";
import { createIdentityProvider } from "@/lib/kernel/auth/identity/save-identity-provider";
import { INTENT_COOKIE } from "@/lib/kernel/auth/identity/sign-in-intent";
import type { IdentityProviderView } from "@/lib/kernel/auth/identity/list-identity-providers";
import { inviteMember } from "@/lib/features/members/invite-member";
import { requireCityAccess } from "@/lib/kernel/tenancy/city-access";
import { createTestCity, createUser, type TestCity } from "../helpers/cities";
import { CookieJar } from "../helpers/cookie-jar";
import { callAuth } from "../helpers/next-auth-request";
import { startTestIdp, type IdpAccount, type TestIdp } from "../helpers/oidc-provider";

const BASE = "http://localhost:3000";
let idp: TestIdp;
let a: TestCity;
let b: TestCity;
let providerA: IdentityProviderView;
let providerB: IdentityProviderView;

async function addProvider(city: TestCity, name: string): Promise<IdentityProviderView> {
  const clientId = `charta-${city.slug}`;
  const clientSecret = randomBytes(24).toString("base64url");
  const view = await createIdentityProvider(
    { cityId: city.cityId, actorId: city.users.city_admin.id },
    { displayName: name, issuer: idp.issuer, clientId, clientSecret, enabled: true },
  );
  await idp.addClient({ clientId, clientSecret, redirectUri: view.redirectUri });
  return view;
}

/** Follows the provider's redirects (login and consent included) until it sends the browser back to Charta. */
async function throughProvider(authorizationUrl: string): Promise<URL> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.store(res.headers.getSetCookie());
    const location = res.headers.get("location");
    if (!location) throw new Error(`the provider answered ${res.status} without a redirect: ${await res.text()}`);
    const next = new URL(location, url);
    if (next.origin === BASE) return next;
    url = next.toString();
  }
  throw new Error("too many redirects at the provider");
}

interface SignInOutcome {
  location: string | null;
  session: Record<string, unknown> | null;
}

/** A person clicks the provider's button on Charta, signs in at the provider as `subject`, and comes back. */
async function signIn(provider: IdentityProviderView, subject: string, claims: IdpAccount, intent?: string): Promise<SignInOutcome> {
  const jar = new CookieJar();
  if (intent) jar.set(INTENT_COOKIE, intent);
  const providerId = `oidc-${provider.id}`;
  const csrf = await callAuth({ method: "GET", action: "csrf", jar });
  const start = await callAuth({
    method: "POST",
    action: "signin",
    provider: providerId,
    body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, callbackUrl: "/after", json: "true" },
    jar,
  });
  const authorizationUrl = (start.body as { url: string }).url;
  expect(authorizationUrl.startsWith(`${idp.issuer}/auth?`), `sign-in did not go to the provider: ${authorizationUrl}`).toBe(true);
  const params = new URL(authorizationUrl).searchParams;
  expect(params.get("code_challenge_method")).toBe("S256");
  expect(params.get("state")).toBeTruthy();
  expect(params.get("nonce")).toBeTruthy();

  idp.as(subject, claims);
  const back = await throughProvider(authorizationUrl);
  expect(back.pathname).toBe(`/api/auth/callback/${providerId}`);
  const done = await callAuth({ method: "GET", action: "callback", provider: providerId, query: Object.fromEntries(back.searchParams), jar });
  const token = jar.get("next-auth.session-token");
  const session = token ? ((await decode({ token, secret: process.env.NEXTAUTH_SECRET! })) as Record<string, unknown> | null) : null;
  return { location: done.location, session };
}

const email = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}@oidc.test`;
const subject = (prefix: string) => `${prefix}-${randomBytes(6).toString("hex")}`;
// next-auth sends a refused sign-in to its error route, which forwards to /login?error=AccessDenied.
const REFUSED = `${BASE}/api/auth/error?error=AccessDenied`;

async function invite(city: TestCity, address: string): Promise<string> {
  const r = await inviteMember(await testScope(city, city.users.city_admin.id), { email: address, role: "officer" });
  return new URL(r.url).pathname.split("/").pop()!;
}

beforeAll(async () => {
  idp = await startTestIdp();
  a = await createTestCity("oa");
  b = await createTestCity("ob");
  providerA = await addProvider(a, "Account A");
  providerB = await addProvider(b, "Account B");
});

afterAll(async () => {
  await idp?.close();
});

describe("a city's identity provider", () => {
  it("signs in an invited member: the first sign-in binds the provider's subject, later ones need no invitation", async () => {
    const address = email("ann");
    const sub = subject("ann");
    const token = await invite(a, address);
    const first = await signIn(providerA, sub, { email: address, email_verified: true, name: "Ann Example" }, await invitationIntent(token, providerA.id));
    expect(first.location).toBe(`${BASE}/after`);
    const user = await controlDb().user.findUniqueOrThrow({ where: { email: address }, include: { memberships: true, identityBindings: true } });
    expect(user.name).toBe("Ann Example");
    expect(user.passwordHash).toBeNull();
    expect(user.memberships.map((m) => [m.cityId, m.role])).toEqual([[a.cityId, "officer"]]);
    expect(user.identityBindings.map((x) => [x.issuer, x.subject, x.boundViaId])).toEqual([[idp.issuer, sub, providerA.id]]);
    expect(first.session).toMatchObject({ uid: user.id, sub: user.id, sv: user.sessionVersion, cs: a.cityId });
    expect((await controlDb().invitation.findFirstOrThrow({ where: { email: address } })).acceptedAt).not.toBeNull();

    const again = await signIn(providerA, sub, { email: address, email_verified: true });
    expect(again.location).toBe(`${BASE}/after`);
    expect(again.session).toMatchObject({ uid: user.id, cs: a.cityId });
  });

  it("a session from a city's provider opens that city only, even for a member of other cities", async () => {
    const address = email("both");
    const sub = subject("both");
    const token = await invite(a, address);
    const out = await signIn(providerA, sub, { email: address }, await invitationIntent(token, providerA.id));
    const user = await userForSession(out.session);
    expect(user?.cityScope).toBe(a.cityId);
    // Made a member of B too (by B's admin): the provider's session still does not reach B.
    await controlDb().membership.create({ data: { userId: user!.id, cityId: b.cityId, role: "officer" } });
    await expect(requireCityAccess(user, b.slug, "workspace.view")).rejects.toMatchObject({ code: "not_found" });
    await expect(requireCityAccess(user, a.slug, "workspace.view")).resolves.toMatchObject({ role: "officer" });
  });

  it("refuses another city's member: bound at the same issuer, but not a member of this city", async () => {
    const address = email("bea");
    const sub = subject("bea");
    const token = await invite(b, address);
    expect((await signIn(providerB, sub, { email: address, email_verified: true }, await invitationIntent(token, providerB.id))).location).toBe(
      `${BASE}/after`,
    );
    // The same person (same issuer and subject) at city A's provider: refused, no session.
    const out = await signIn(providerA, sub, { email: address, email_verified: true });
    expect(out.location).toBe(REFUSED);
    expect(out.session).toBeNull();
    // A stranger's subject presenting B's member's address at A: refused as well.
    expect((await signIn(providerA, subject("x"), { email: address, email_verified: true })).location).toBe(REFUSED);
  });

  it("never signs in a platform admin: not by email, not with an invitation, not even when bound", async () => {
    const admin = await createUser(email("platform"), { platformAdmin: true });
    await controlDb().membership.create({ data: { userId: admin.id, cityId: a.cityId, role: "city_admin" } });
    const sub = subject("pa");
    // A member of A (as city admin) and a verified address: still refused.
    expect((await signIn(providerA, sub, { email: admin.email, email_verified: true })).location).toBe(REFUSED);
    // Invited to another city and accepting through its provider: refused.
    const c = await createTestCity("oc");
    const providerC = await addProvider(c, "Account C");
    const tokenC = await invite(c, admin.email);
    expect((await signIn(providerC, sub, { email: admin.email, email_verified: true }, await invitationIntent(tokenC, providerC.id))).location).toBe(REFUSED);
    await controlDb().identityBinding.create({ data: { issuer: idp.issuer, subject: sub, userId: admin.id } });
    const bound = await signIn(providerA, sub, { email: admin.email, email_verified: true });
    expect(bound.location).toBe(REFUSED);
    expect(bound.session).toBeNull();
    expect(await controlDb().invitation.count({ where: { email: admin.email, acceptedAt: { not: null } } })).toBe(0);
  });

  it("a changed email claim does not move a bound sign-in to another account, and an unbound subject with a member's email gets nothing", async () => {
    const ann = email("ann2");
    const annSub = subject("ann2");
    const token = await invite(a, ann);
    await signIn(providerA, annSub, { email: ann, email_verified: true }, await invitationIntent(token, providerA.id));
    const annUser = await controlDb().user.findUniqueOrThrow({ where: { email: ann } });
    const officer = a.users.officer;

    // Ann's account at the provider now claims the officer's address: still Ann.
    const moved = await signIn(providerA, annSub, { email: officer.email, email_verified: true });
    expect(moved.session).toMatchObject({ uid: annUser.id });
    expect(moved.session?.uid).not.toBe(officer.id);

    // A new account at the provider that claims the officer's (verified) address: refused.
    const impostor = await signIn(providerA, subject("evil"), { email: officer.email, email_verified: true });
    expect(impostor.location).toBe(REFUSED);
    expect(impostor.session).toBeNull();
    expect(await controlDb().identityBinding.count({ where: { userId: officer.id } })).toBe(0);
  });

  it("binds through an invitation only when the provider names the invited address, and only for an account not in use", async () => {
    const invited = email("inv");
    const token = await invite(a, invited);
    const wrong = await signIn(providerA, subject("w"), { email: email("someone-else"), email_verified: true }, await invitationIntent(token, providerA.id));
    expect(wrong.location).toBe(REFUSED);
    const unverified = await signIn(providerA, subject("u"), { email: invited, email_verified: false }, await invitationIntent(token, providerA.id));
    expect(unverified.location).toBe(REFUSED);
    expect((await controlDb().invitation.findFirstOrThrow({ where: { email: invited, revokedAt: null } })).acceptedAt).toBeNull();

    // An address whose account is in use elsewhere (a password, another city): its owner connects it themselves.
    const inUse = await createUser(email("inuse"));
    await controlDb().user.update({ where: { id: inUse.id }, data: { passwordHash: await hashPassword("a long enough password") } });
    await controlDb().membership.create({ data: { userId: inUse.id, cityId: b.cityId, role: "officer" } });
    const tokenInUse = await invite(a, inUse.email);
    expect(
      (await signIn(providerA, subject("iu"), { email: inUse.email, email_verified: true }, await invitationIntent(tokenInUse, providerA.id))).location,
    ).toBe(REFUSED);
    expect(await controlDb().identityBinding.count({ where: { userId: inUse.id } })).toBe(0);
  });

  it("a signed-in member connects the provider from their account; the provider then signs them in", async () => {
    const member = a.users.council_member;
    const sub = subject("cm");
    expect((await signIn(providerA, sub, { email: member.email })).location).toBe(REFUSED);
    const out = await signIn(providerA, sub, { email: "whatever@elsewhere.test" }, await linkIntent(member, providerA.id));
    expect(out.session).toMatchObject({ uid: member.id, cs: a.cityId });
    expect((await signIn(providerA, sub, {})).session).toMatchObject({ uid: member.id });
    // A link intent for A's provider means nothing at B's.
    const other = await signIn(providerB, subject("cm2"), {}, await linkIntent(member, providerA.id));
    expect(other.location).toBe(REFUSED);
    // Nor can a member of B connect A's provider.
    await expect(linkIntent(b.users.officer, providerA.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("a removed member's binding no longer signs in", async () => {
    const address = email("gone");
    const sub = subject("gone");
    const token = await invite(a, address);
    await signIn(providerA, sub, { email: address }, await invitationIntent(token, providerA.id));
    const user = await controlDb().user.findUniqueOrThrow({ where: { email: address } });
    await controlDb().membership.deleteMany({ where: { userId: user.id } });
    expect((await signIn(providerA, sub, { email: address })).location).toBe(REFUSED);
  });
});
