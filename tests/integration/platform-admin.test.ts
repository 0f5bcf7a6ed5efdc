/**
 * The platform admin area's actions, through the same action chain the pages use: who may call
 * them, what they create, what they refuse, and what they record.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
const cacheCalls = vi.hoisted(() => ({ tags: [] as string[], paths: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string) => void cacheCalls.tags.push(tag),
  revalidatePath: (path: string) => void cacheCalls.paths.push(path),
  unstable_cache: (fn: () => unknown) => fn,
}));

import { appointCityAdminAction, changeCityStatusAction, createCityAction } from "@/app/(app)/admin/actions";
import { hashToken } from "@/lib/kernel/auth/tokens";
import { controlDb } from "@/lib/kernel/db/control";
import { getPool } from "@/lib/kernel/db/pool";
import { translate, type MessageKey } from "@/lib/features/dictionary";
import { ZCityCreateForm } from "@/lib/features/cities/schema";
import { ZCityCreate } from "@/lib/kernel/tenancy/provision-city";
import { createTestCity, createUser, uniqueSlug } from "../helpers/cities";

let admin: SessionUser;
let plainUser: SessionUser;

beforeAll(async () => {
  admin = await createUser(`platform-admin-${uniqueSlug()}@charta.test`, { platformAdmin: true });
  plainUser = await createUser(`plain-${uniqueSlug()}@charta.test`);
});

beforeEach(() => {
  session.user = admin;
  cacheCalls.tags.length = 0;
  cacheCalls.paths.length = 0;
});

function cityInput(slug: string) {
  return { slug, name: `City ${slug}`, country: "nl", defaultLocale: "nl", adminEmail: `Admin@${slug}.test`, adminName: "" };
}

async function schemaExists(name: string): Promise<boolean> {
  const r = await getPool().query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [name]);
  return r.rowCount === 1;
}

async function auditOf(cityId: string, action: string) {
  return controlDb().platformAuditLog.findMany({ where: { cityId, action } });
}

/** A validation message key must read as a sentence in both languages. */
function expectTranslatedKey(key: string | undefined) {
  expect(key).toMatch(/^admin\.validation\./);
  for (const locale of ["en", "nl"] as const) {
    const text = translate(locale, key as MessageKey);
    expect(text).not.toBe(key);
    expect(text.length).toBeGreaterThan(10);
  }
}

describe("createCity", () => {
  it("provisions the city with its 20 commitments and returns the first admin's set-password link", async () => {
    const slug = uniqueSlug("pa");
    const result = await createCityAction(cityInput(slug));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.slug).toBe(slug);
    expect(result.data.setPasswordUrl).toMatch(new RegExp(`^https?://[^/]+/reset-password/[A-Za-z0-9_-]{20,}$`));

    const city = await controlDb().city.findUniqueOrThrow({ where: { slug } });
    expect(city.provisionedAt).not.toBeNull();
    expect(city.country).toBe("NL");
    expect(city.defaultLocale).toBe("nl");
    const count = await getPool().query(`SELECT count(*)::int AS n FROM "city_${slug.replaceAll("-", "_")}"."Commitment"`);
    expect(count.rows[0].n).toBe(20);

    // The link's token is the one whose hash was stored for the new admin.
    const token = result.data.setPasswordUrl!.split("/").pop()!;
    const reset = await controlDb().passwordReset.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    expect(reset.user.email).toBe(`admin@${slug}.test`);
    const membership = await controlDb().membership.findUniqueOrThrow({ where: { userId_cityId: { userId: reset.userId, cityId: city.id } } });
    expect(membership.role).toBe("city_admin");

    const audit = await auditOf(city.id, "city.create");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(admin.id);
    expect(cacheCalls.tags).toContain(`city:${slug}`);
    expect(cacheCalls.paths).toContain("/");
  });

  it("refuses a slug that is already taken, next to the slug field", async () => {
    const existing = await createTestCity("pa");
    const result = await createCityAction(cityInput(existing.slug));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(result.error.fieldErrors?.slug?.[0]).toBe("admin.validation.slugTaken");
    expectTranslatedKey(result.error.fieldErrors?.slug?.[0]);
  });

  it("is refused to signed-out people and to users who are not platform admins, and creates nothing", async () => {
    const slug = uniqueSlug("pa");
    session.user = null;
    const signedOut = await createCityAction(cityInput(slug));
    expect(signedOut.ok).toBe(false);
    if (!signedOut.ok) expect(signedOut.error.code).toBe("unauthenticated");

    session.user = plainUser;
    const notAdmin = await createCityAction(cityInput(slug));
    expect(notAdmin.ok).toBe(false);
    if (!notAdmin.ok) expect(notAdmin.error.code).toBe("forbidden");

    expect(await controlDb().city.findUnique({ where: { slug } })).toBeNull();
    expect(await schemaExists(`city_${slug.replaceAll("-", "_")}`)).toBe(false);
  });

  it.each([
    ['a"; drop schema public;--', "admin.validation.slugCharset"],
    ["select", "admin.validation.slugReserved"],
    ["a".repeat(60), "admin.validation.slugTooLong"],
    ["zürich", "admin.validation.slugCharset"],
    ["Amsterdam", "admin.validation.slugCharset"],
    ["ab", "admin.validation.slugTooShort"],
  ])("rejects the slug %j with a message and creates nothing", async (slug, key) => {
    const before = await controlDb().city.count();
    const result = await createCityAction(cityInput(slug));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(result.error.message).toBe(translate("en", "errors.validation"));
    expect(result.error.fieldErrors?.slug).toEqual([key]);
    expectTranslatedKey(key);
    expect(await controlDb().city.findFirst({ where: { slug: { in: [slug, slug.trim().toLowerCase()] } } })).toBeNull();
    if (/^[a-z0-9-]+$/.test(slug)) expect(await schemaExists(`city_${slug.replaceAll("-", "_")}`)).toBe(false);
    expect(await schemaExists("public")).toBe(true);
    // Other test files create cities concurrently, so only a count that did not grow *for this
    // slug* is meaningful; the look-ups above check that.
    expect(await controlDb().city.count()).toBeGreaterThanOrEqual(before);
  });

  it("reports the other fields' problems as translatable keys", async () => {
    const result = await createCityAction({ slug: uniqueSlug("pa"), name: "X", country: "Nederland", defaultLocale: "de", adminEmail: "nope" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fe = result.error.fieldErrors ?? {};
    expect(Object.keys(fe).sort()).toEqual(["adminEmail", "country", "defaultLocale", "name"]);
    for (const messages of Object.values(fe)) expectTranslatedKey(messages[0]);
  });
});

describe("the form schema and the provisioning schema agree", () => {
  const samples: Record<string, unknown>[] = [
    cityInput("den-haag"),
    { ...cityInput("utrecht"), adminName: "Ann de Vries" },
    { ...cityInput("utrecht"), slug: " utrecht " },
    { ...cityInput("utrecht"), country: "NLD" },
    { ...cityInput("utrecht"), country: " be " },
    { ...cityInput("utrecht"), defaultLocale: "fr" },
    { ...cityInput("utrecht"), adminEmail: "not-an-email" },
    { ...cityInput("utrecht"), name: "U" },
    { ...cityInput("utrecht"), name: "x".repeat(121) },
    { ...cityInput("utrecht"), slug: "den--haag" },
    { ...cityInput("utrecht"), slug: "-utrecht" },
    { ...cityInput("utrecht"), slug: "pgcity" },
    { ...cityInput("utrecht"), slug: "utrecht_2" },
  ];

  it.each(samples.map((s) => [JSON.stringify(s), s] as const))("%s", (_label, sample) => {
    const form = ZCityCreateForm.safeParse(sample);
    // What the form lets through, provisioning must accept too …
    if (form.success) expect(ZCityCreate.safeParse(form.data).success).toBe(true);
    // … and the form refuses whatever provisioning would refuse.
    const server = ZCityCreate.safeParse({ ...sample, adminName: (sample.adminName as string) || undefined });
    if (!server.success) expect(form.success).toBe(false);
  });
});

describe("changeCityStatus", () => {
  it("suspends and reactivates a city, records both and refreshes its public pages", async () => {
    const city = await createTestCity("pa");
    const suspended = await changeCityStatusAction({ slug: city.slug, status: "suspended" });
    expect(suspended).toMatchObject({ ok: true, data: { slug: city.slug, status: "suspended" } });
    expect((await controlDb().city.findUniqueOrThrow({ where: { slug: city.slug } })).status).toBe("suspended");
    expect(cacheCalls.tags).toContain(`city:${city.slug}`);
    expect(cacheCalls.paths).toContain("/");

    const reactivated = await changeCityStatusAction({ slug: city.slug, status: "active" });
    expect(reactivated).toMatchObject({ ok: true, data: { status: "active" } });
    expect((await controlDb().city.findUniqueOrThrow({ where: { slug: city.slug } })).status).toBe("active");

    const suspendAudit = await auditOf(city.cityId, "city.suspend");
    const reactivateAudit = await auditOf(city.cityId, "city.reactivate");
    expect(suspendAudit.map((a) => a.actorId)).toEqual([admin.id]);
    expect(reactivateAudit.map((a) => a.actorId)).toEqual([admin.id]);
  });

  it("answers not found for an unknown city and forbidden for a non-admin", async () => {
    const unknown = await changeCityStatusAction({ slug: uniqueSlug("nx"), status: "suspended" });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe("not_found");

    const city = await createTestCity("pa");
    session.user = city.users.city_admin;
    const r = await changeCityStatusAction({ slug: city.slug, status: "suspended" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("forbidden");
    expect((await controlDb().city.findUniqueOrThrow({ where: { slug: city.slug } })).status).toBe("active");
  });

  it("refuses a status that does not exist", async () => {
    const city = await createTestCity("pa");
    const r = await changeCityStatusAction({ slug: city.slug, status: "deleted" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fieldErrors?.status).toEqual(["admin.validation.status"]);
  });
});

describe("appointCityAdmin", () => {
  it("upgrades an existing member to city admin and records it", async () => {
    const city = await createTestCity("pa");
    const officer = city.users.officer;
    const r = await appointCityAdminAction({ slug: city.slug, email: officer.email.toUpperCase() });
    expect(r).toMatchObject({ ok: true, data: { kind: "member", alreadyAdmin: false } });
    const m = await controlDb().membership.findUniqueOrThrow({ where: { userId_cityId: { userId: officer.id, cityId: city.cityId } } });
    expect(m.role).toBe("city_admin");
    const audit = await auditOf(city.cityId, "city.appoint_admin");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, target: officer.email, details: { userId: officer.id, previousRole: "officer" } });
  });

  it("gives a user of another city a city admin membership here", async () => {
    const city = await createTestCity("pa");
    const other = await createTestCity("pa");
    const r = await appointCityAdminAction({ slug: city.slug, email: other.users.council_member.email });
    expect(r).toMatchObject({ ok: true, data: { kind: "member" } });
    const m = await controlDb().membership.findUniqueOrThrow({
      where: { userId_cityId: { userId: other.users.council_member.id, cityId: city.cityId } },
    });
    expect(m.role).toBe("city_admin");
  });

  it("invites someone without an account, with a single working link", async () => {
    const city = await createTestCity("pa");
    const email = `new-admin@${city.slug}.test`;
    const first = await appointCityAdminAction({ slug: city.slug, email });
    const second = await appointCityAdminAction({ slug: city.slug, email });
    if (!first.ok || !second.ok || first.data.kind !== "invited" || second.data.kind !== "invited") throw new Error("expected invitations");
    expect(second.data.url).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{20,}$/);
    const token = second.data.url.split("/").pop()!;
    const invitation = await controlDb().invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(invitation).toMatchObject({ cityId: city.cityId, email, role: "city_admin", invitedById: admin.id, revokedAt: null, acceptedAt: null });
    const older = await controlDb().invitation.findUniqueOrThrow({ where: { id: first.data.invitationId } });
    expect(older.revokedAt).not.toBeNull();
    expect(await controlDb().user.findUnique({ where: { email } })).toBeNull();
    expect(await auditOf(city.cityId, "member.invite")).toHaveLength(2);
    expect(second.data.emailed).toBe(false);
  });

  it("is refused to a city admin (only platform admins appoint) and rejects a bad email", async () => {
    const city = await createTestCity("pa");
    session.user = city.users.city_admin;
    const r = await appointCityAdminAction({ slug: city.slug, email: "someone@example.org" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("forbidden");

    session.user = admin;
    const bad = await appointCityAdminAction({ slug: city.slug, email: "not an email" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fieldErrors?.email).toEqual(["admin.validation.email"]);
    expect(await controlDb().invitation.count({ where: { cityId: city.cityId } })).toBe(0);
  });
});
