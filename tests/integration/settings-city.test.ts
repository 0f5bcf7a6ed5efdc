import { randomUUID } from "node:crypto";
import { testScope } from "../helpers/city-scope";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { updateCitySettingsAction } = await import("@/app/(app)/[city]/workspace/settings/actions");
const { updateCitySettings } = await import("@/lib/features/city-settings/update-city-settings");
const { controlDb } = await import("@/lib/kernel/db/control");
const { getPool } = await import("@/lib/kernel/db/pool");
const { provisionCity } = await import("@/lib/kernel/tenancy/provision-city");
const { ConflictError } = await import("@/lib/kernel/errors");

type Role = "city_admin" | "officer" | "council_member" | "advisory_member";

async function addMember(cityId: string, role: Role, name: string): Promise<SessionUser> {
  const user = await controlDb().user.create({ data: { email: `${randomUUID()}@example.org`, name } });
  await controlDb().membership.create({ data: { userId: user.id, cityId, role } });
  return { id: user.id, email: user.email, name: user.name, platformAdmin: false, locale: null };
}

let city: { slug: string; id: string };
let admin: SessionUser;
let officer: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  const s = `t-set-${randomUUID().slice(0, 8)}`;
  const p = await provisionCity(getPool(), { slug: s, name: "Settings Test City", country: "NL", defaultLocale: "nl", adminEmail: `admin-${s}@example.org` });
  city = { slug: s, id: p.cityId };
  admin = await addMember(p.cityId, "city_admin", "Ada Admin");
  officer = await addMember(p.cityId, "officer", "Olga Officer");
  const o = `t-set-${randomUUID().slice(0, 8)}`;
  const q = await provisionCity(getPool(), { slug: o, name: "Other City", country: "NL", defaultLocale: "en", adminEmail: `admin-${o}@example.org` });
  outsider = await addMember(q.cityId, "city_admin", "Otto Outsider");
});

beforeEach(() => {
  session.user = null;
});

const stored = () => controlDb().city.findUniqueOrThrow({ where: { id: city.id } });
const auditRows = () => controlDb().platformAuditLog.findMany({ where: { cityId: city.id, action: "city.settings.update" }, orderBy: { id: "asc" } });

async function validInput(overrides: Record<string, unknown> = {}) {
  const c = await stored();
  return { name: c.name, locales: c.locales, defaultLocale: c.defaultLocale, brandColor: c.brandColor, version: c.version, ...overrides };
}

describe("updateCitySettings (action)", () => {
  it("lets a city admin save, bumps City.version, puts the default language first and writes a PlatformAuditLog row", async () => {
    session.user = admin;
    const input = await validInput({
      name: "Stad Test",
      locales: ["nl", "en"],
      defaultLocale: "en",
      brandColor: "#0F766E",
    });
    const result = await updateCitySettingsAction(city.slug, input);
    expect(result).toMatchObject({
      ok: true,
      data: { name: "Stad Test", locales: ["en", "nl"], defaultLocale: "en", brandColor: "#0f766e", version: input.version + 1 },
    });
    expect(await stored()).toMatchObject({ name: "Stad Test", locales: ["en", "nl"], defaultLocale: "en", brandColor: "#0f766e", version: input.version + 1 });

    const rows = await auditRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.id,
      target: city.slug,
      details: { before: { name: "Settings Test City", defaultLocale: "nl" }, after: { name: "Stad Test", defaultLocale: "en" } },
    });
  });

  it("refuses a brand colour below 4.5:1 against white, with a clear message, and saves nothing", async () => {
    session.user = admin;
    const before = await stored();
    for (const colour of ["#ffff00", "#777777", "#60a5fa"]) {
      const result = await updateCitySettingsAction(city.slug, await validInput({ brandColor: colour }));
      expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { brandColor: ["settings.validation.colourContrast"] } } });
    }
    const badFormat = await updateCitySettingsAction(city.slug, await validInput({ brandColor: "blue" }));
    expect(badFormat).toMatchObject({ ok: false, error: { fieldErrors: { brandColor: ["settings.validation.colourFormat"] } } });
    // #767676 is the lightest grey that passes.
    const passes = await updateCitySettingsAction(city.slug, await validInput({ brandColor: "#767676" }));
    expect(passes.ok).toBe(true);
    expect((await stored()).version).toBe(before.version + 1);
  });

  it("accepts a default language that is enabled, and no logo address at all (logos are uploaded: city-logo.test.ts)", async () => {
    session.user = admin;
    const defaultOff = await updateCitySettingsAction(city.slug, await validInput({ locales: ["nl"], defaultLocale: "en" }));
    expect(defaultOff).toMatchObject({ ok: false, error: { fieldErrors: { defaultLocale: ["settings.validation.defaultNotEnabled"] } } });
    const none = await updateCitySettingsAction(city.slug, await validInput({ locales: [] }));
    expect(none).toMatchObject({ ok: false, error: { fieldErrors: { locales: ["settings.validation.localesRequired"] } } });

    // An external address sent by an old form is dropped by the schema, never stored or shown.
    const old = await updateCitySettingsAction(city.slug, await validInput({ logoUrl: "https://example.org/logo.svg" }));
    expect(old.ok).toBe(true);
    expect(JSON.stringify(old)).not.toContain("example.org");
    expect(JSON.stringify(await stored())).not.toContain("example.org");
  });

  it("refuses a stale version with a conflict carrying the stored settings, and overwrites nothing", async () => {
    session.user = admin;
    const start = await validInput();
    const first = await updateCitySettingsAction(city.slug, { ...start, name: "Saved First" });
    expect(first.ok).toBe(true);
    const auditCount = (await auditRows()).length;

    const stale = await updateCitySettingsAction(city.slug, { ...start, name: "Saved From An Old Form" });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe("conflict");
    expect(stale.error.current).toMatchObject({ name: "Saved First", version: start.version + 1 });
    expect((await stored()).name).toBe("Saved First");
    expect((await auditRows()).length).toBe(auditCount);
  });

  it("refuses an officer (forbidden) and a user of another city (not_found)", async () => {
    const before = await stored();
    session.user = officer;
    expect(await updateCitySettingsAction(city.slug, await validInput({ name: "Officer Was Here" }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    session.user = outsider;
    expect(await updateCitySettingsAction(city.slug, await validInput({ name: "Outsider Was Here" }))).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect((await stored()).name).toBe(before.name);
  });
});

describe("updateCitySettings (core)", () => {
  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const base = await validInput();
    const { version: _v, ...rest } = base;
    const input = { ...rest, locales: base.locales as ("nl" | "en")[], defaultLocale: base.defaultLocale as "nl" | "en", version: base.version };
    const results = await Promise.allSettled([
      updateCitySettings(await testScope(city, admin.id), { ...input, name: "Race A" }),
      updateCitySettings(await testScope(city, admin.id), { ...input, name: "Race B" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect((await stored()).version).toBe(base.version + 1);
  });
});
