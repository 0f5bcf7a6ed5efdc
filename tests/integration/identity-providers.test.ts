/**
 * A city's identity providers as its admins keep them: checked against the provider's discovery
 * document, the secret sealed at rest and never shown, audited, versioned, and out of reach of
 * other cities.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { controlDb } from "@/lib/kernel/db/control";
import { listIdentityProviders } from "@/lib/kernel/auth/identity/list-identity-providers";
import { openClientSecret } from "@/lib/kernel/auth/identity/provider-secret";
import { resealSecrets } from "@/lib/kernel/auth/identity/reseal-secrets";
import { createIdentityProvider, deleteIdentityProvider, updateIdentityProvider } from "@/lib/kernel/auth/identity/save-identity-provider";
import { ZIdentityProviderCreate } from "@/lib/kernel/auth/identity/schema";
import { citiesWithProviders, signInCity } from "@/lib/kernel/auth/identity/sign-in-cities";
import { loadSignInProvider } from "@/lib/kernel/auth/identity/sign-in-provider";
import { createTestCity, createUser, type TestCity } from "../helpers/cities";
import { startTestIdp, type TestIdp } from "../helpers/oidc-provider";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let idp: TestIdp;
let a: TestCity;
let b: TestCity;
let liar: Server;
let liarUrl: string;

const secret = () => `s3cret-${randomBytes(12).toString("hex")}`;
const input = (over: Partial<Record<string, unknown>> = {}) => ({
  displayName: "City account",
  issuer: idp.issuer,
  clientId: "charta",
  clientSecret: secret(),
  enabled: true,
  ...over,
});

beforeAll(async () => {
  idp = await startTestIdp();
  a = await createTestCity("idpa");
  b = await createTestCity("idpb");
  // Answers with a discovery document that names another issuer.
  liar = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ issuer: "https://elsewhere.example", authorization_endpoint: "x", token_endpoint: "x", jwks_uri: "x" }));
  });
  await new Promise<void>((r) => liar.listen(0, "127.0.0.1", r));
  liarUrl = `http://127.0.0.1:${(liar.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await idp?.close();
  await new Promise((r) => liar?.close(r));
});

const scopeOf = (city: TestCity) => ({ cityId: city.cityId, actorId: city.users.city_admin.id });

describe("identity provider settings", () => {
  it("stores the client secret sealed, never in a view, and audits the change without it", async () => {
    const clientSecret = secret();
    const view = await createIdentityProvider(scopeOf(a), input({ clientSecret }));
    expect(view).toMatchObject({ displayName: "City account", issuer: idp.issuer, clientId: "charta", enabled: true, version: 1 });
    expect(view.redirectUri).toBe(`http://localhost:3000/api/auth/callback/oidc-${view.id}`);

    const row = await controlDb().identityProvider.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.clientSecretEncrypted).toMatch(/^v1\./);
    expect(row.clientSecretEncrypted).not.toContain(clientSecret);
    expect(openClientSecret(view.id, row.clientSecretEncrypted)).toBe(clientSecret);
    // The sealed value is bound to its row.
    expect(() => openClientSecret(randomBytes(16).toString("hex"), row.clientSecretEncrypted)).toThrow();

    const everything = JSON.stringify(
      {
        list: await listIdentityProviders(a.cityId),
        signInPage: await signInCity(a.slug),
        audit: await controlDb().platformAuditLog.findMany({ where: { cityId: a.cityId } }),
      },
      (_k, v) => (typeof v === "bigint" ? String(v) : v),
    );
    expect(everything).not.toContain(clientSecret);
    expect(everything).not.toContain(row.clientSecretEncrypted);
    const audit = await controlDb().platformAuditLog.findFirstOrThrow({ where: { cityId: a.cityId, action: "identity_provider.create" } });
    expect(audit).toMatchObject({
      actorId: a.users.city_admin.id,
      target: a.slug,
      details: { providerId: view.id, after: { issuer: idp.issuer, clientId: "charta" } },
    });

    // The sign-in uses the opened secret, for that one request.
    expect(await loadSignInProvider(view.id)).toMatchObject({ id: view.id, cityId: a.cityId, clientSecret });
  });

  it("checks the issuer against the provider's own discovery document before storing anything", async () => {
    const before = await controlDb().identityProvider.count();
    await expect(createIdentityProvider(scopeOf(a), input({ issuer: "http://127.0.0.1:1" }))).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { issuer: ["identity.validation.discoveryUnreachable"] } },
    });
    await expect(createIdentityProvider(scopeOf(a), input({ issuer: liarUrl }))).rejects.toMatchObject({
      details: { fieldErrors: { issuer: ["identity.validation.discoveryIssuerMismatch"] } },
    });
    expect(await controlDb().identityProvider.count()).toBe(before);
    // A trailing slash the provider does not use is taken as the provider writes it.
    expect((await createIdentityProvider(scopeOf(a), input({ issuer: `${idp.issuer}/` }))).issuer).toBe(idp.issuer);
  });

  it("validates the form's input with messages for each field", () => {
    const r = ZIdentityProviderCreate.safeParse({ displayName: "x", issuer: "http://idp.example/realms/x", clientId: "", clientSecret: "", enabled: true });
    expect(r.success).toBe(false);
    const keys = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(keys).toEqual({
      displayName: "identity.validation.nameTooShort",
      issuer: "identity.validation.issuerInvalid",
      clientId: "identity.validation.clientIdRequired",
      clientSecret: "identity.validation.secretRequired",
    });
    expect(ZIdentityProviderCreate.safeParse(input({ issuer: "https://login.microsoftonline.com/tenant/v2.0?x=1" })).success).toBe(false);
    expect(ZIdentityProviderCreate.safeParse(input({ issuer: "https://kc.example/realms/city" })).success).toBe(true);
  });

  it("keeps the stored secret when the form leaves it empty; refuses a stale version; removes with the version too", async () => {
    const first = secret();
    const view = await createIdentityProvider(scopeOf(a), input({ clientSecret: first }));
    const renamed = await updateIdentityProvider(scopeOf(a), { ...input({ displayName: "Renamed", clientSecret: "" }), id: view.id, version: 1 });
    expect(renamed).toMatchObject({ displayName: "Renamed", version: 2 });
    expect((await loadSignInProvider(view.id))?.clientSecret).toBe(first);
    const next = secret();
    await updateIdentityProvider(scopeOf(a), { ...input({ displayName: "Renamed", clientSecret: next }), id: view.id, version: 2 });
    expect((await loadSignInProvider(view.id))?.clientSecret).toBe(next);
    const audits = await controlDb().platformAuditLog.findMany({
      where: { action: "identity_provider.update", details: { path: ["providerId"], equals: view.id } },
      orderBy: { at: "asc" },
    });
    expect(audits.map((x) => (x.details as { secretChanged: boolean }).secretChanged)).toEqual([false, true]);

    await expect(updateIdentityProvider(scopeOf(a), { ...input(), id: view.id, version: 2 })).rejects.toMatchObject({
      code: "conflict",
      details: { current: { version: 3 } },
    });
    await expect(deleteIdentityProvider(scopeOf(a), { id: view.id, version: 1 })).rejects.toMatchObject({ code: "conflict" });
    await deleteIdentityProvider(scopeOf(a), { id: view.id, version: 3 });
    expect(await loadSignInProvider(view.id)).toBeNull();
  });

  it("another city's provider is not found, whatever the id; a switched-off provider signs nobody in", async () => {
    const inB = await createIdentityProvider(scopeOf(b), input());
    await expect(updateIdentityProvider(scopeOf(a), { ...input(), id: inB.id, version: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteIdentityProvider(scopeOf(a), { id: inB.id, version: 1 })).rejects.toMatchObject({ code: "not_found" });
    expect((await listIdentityProviders(a.cityId)).map((p) => p.id)).not.toContain(inB.id);

    await updateIdentityProvider(scopeOf(b), { ...input({ clientSecret: "" }), id: inB.id, version: 1, enabled: false });
    expect(await loadSignInProvider(inB.id)).toBeNull();
    expect((await signInCity(b.slug))?.providers).toEqual([]);
  });

  it("the sign-in page names the cities with their own sign-in, and a suspended city's providers are not offered", async () => {
    const c = await createTestCity("idpc");
    const view = await createIdentityProvider(scopeOf(c), input({ displayName: "C account" }));
    expect(await citiesWithProviders()).toEqual(expect.arrayContaining([{ slug: c.slug, name: `Test ${c.slug}` }]));
    expect((await signInCity(c.slug))?.providers).toEqual([{ id: view.id, displayName: "C account" }]);
    await controlDb().city.update({ where: { id: c.cityId }, data: { status: "suspended" } });
    expect(await signInCity(c.slug)).toBeNull();
    expect(await loadSignInProvider(view.id)).toBeNull();
    expect((await citiesWithProviders()).map((x) => x.slug)).not.toContain(c.slug);
  });

  it("a key rotation seals every stored secret again with the new key", async () => {
    // A city of its own: other test files read their providers with the usual key meanwhile.
    const c = await createTestCity("idpk");
    const clientSecret = secret();
    const view = await createIdentityProvider(scopeOf(c), input({ clientSecret }));
    const newKey = randomBytes(32).toString("base64");
    const authSecret = process.env.NEXTAUTH_SECRET;
    try {
      process.env.CHARTA_ENCRYPTION_KEY = newKey;
      // Until now the key was derived from NEXTAUTH_SECRET, which still opens what it sealed.
      expect(await resealSecrets({ cityId: c.cityId })).toEqual({ resealed: 1, current: 0 });
      expect(await resealSecrets({ cityId: c.cityId })).toEqual({ resealed: 0, current: 1 });
      const row = await controlDb().identityProvider.findUniqueOrThrow({ where: { id: view.id } });
      delete process.env.NEXTAUTH_SECRET;
      expect(openClientSecret(view.id, row.clientSecretEncrypted)).toBe(clientSecret);
    } finally {
      process.env.NEXTAUTH_SECRET = authSecret;
      delete process.env.CHARTA_ENCRYPTION_KEY;
      process.env.CHARTA_ENCRYPTION_KEY_PREVIOUS = newKey;
      await resealSecrets({ cityId: c.cityId });
      delete process.env.CHARTA_ENCRYPTION_KEY_PREVIOUS;
    }
  });
});

describe("who may change them", () => {
  it("the city admin in the city settings; an officer may not; the platform admin from /admin for any city", async () => {
    const { createIdentityProviderAction } = await import("@/app/(app)/[city]/workspace/settings/sign-in/actions");
    const { createCityIdentityProviderAction } = await import("@/app/(app)/admin/cities/[slug]/identity-actions");
    session.user = a.users.city_admin;
    expect(await createIdentityProviderAction(a.slug, input({ displayName: "By admin" }))).toMatchObject({ ok: true, data: { displayName: "By admin" } });
    expect(await createIdentityProviderAction(b.slug, input())).toMatchObject({ ok: false, error: { code: "not_found" } });
    session.user = a.users.officer;
    expect(await createIdentityProviderAction(a.slug, input())).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = a.users.city_admin;
    expect(await createCityIdentityProviderAction({ ...input(), citySlug: b.slug })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = await createUser(`pa-${randomBytes(4).toString("hex")}@idp.test`, { platformAdmin: true });
    expect(await createCityIdentityProviderAction({ ...input({ displayName: "By platform" }), citySlug: b.slug })).toMatchObject({
      ok: true,
      data: { displayName: "By platform" },
    });
    expect(await createCityIdentityProviderAction({ ...input(), citySlug: "no-such-city" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    // Field errors come back as message keys the form translates.
    session.user = a.users.city_admin;
    const bad = await createIdentityProviderAction(a.slug, { ...input(), issuer: "ftp://x" });
    expect(bad).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { issuer: ["identity.validation.issuerInvalid"] } } });
  });
});
