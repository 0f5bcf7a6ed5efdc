/** The reads behind the landing page, the platform admin pages and the public city pages. */
import { describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

import { controlDb } from "@/lib/kernel/db/control";
import { getCityAdminView } from "@/lib/features/cities/get-city-admin-view";
import { listActiveCities } from "@/lib/features/cities/list-active-cities";
import { listCities } from "@/lib/features/cities/list-cities";
import { getPublicCity, loadPublicCity } from "@/lib/kernel/tenancy/public-city";
import { setCityStatus } from "@/lib/kernel/tenancy/set-city-status";
import { createTestCity, uniqueSlug } from "../helpers/cities";

describe("listActiveCities (landing page)", () => {
  it("lists provisioned active cities and leaves out suspended and unprovisioned ones", async () => {
    const active = await createTestCity("pp");
    const suspended = await createTestCity("pp");
    await setCityStatus(controlDb(), suspended.slug, "suspended", null);
    const unprovisioned = uniqueSlug("pp");
    await controlDb().city.create({
      data: {
        slug: unprovisioned,
        name: "Half",
        country: "NL",
        defaultLocale: "nl",
        locales: ["nl"],
        schemaName: `city_${unprovisioned.replaceAll("-", "_")}`,
      },
    });

    const slugs = (await listActiveCities()).map((c) => c.slug);
    expect(slugs).toContain(active.slug);
    expect(slugs).not.toContain(suspended.slug);
    expect(slugs).not.toContain(unprovisioned);
    const row = (await listActiveCities()).find((c) => c.slug === active.slug);
    expect(row).toEqual({ slug: active.slug, name: `Test ${active.slug}`, country: "NL", defaultLocale: "en" });
  });
});

describe("listCities (platform admin)", () => {
  it("lists every city with its status and member count", async () => {
    const city = await createTestCity("pp");
    await setCityStatus(controlDb(), city.slug, "suspended", null);
    const row = (await listCities()).find((c) => c.slug === city.slug);
    // One user per role: city admin, officer, council member, advisory member.
    expect(row).toMatchObject({ status: "suspended", provisioned: true, memberCount: 4, country: "NL" });
    expect(row?.createdAt).toBeInstanceOf(Date);
  });
});

describe("getCityAdminView", () => {
  it("shows the administrators and the platform audit of one city", async () => {
    const city = await createTestCity("pp");
    await setCityStatus(controlDb(), city.slug, "suspended", city.users.officer.id);
    const view = await getCityAdminView(city.slug);
    expect(view?.admins.map((a) => a.email)).toEqual([city.users.city_admin.email]);
    expect(view?.audit[0]).toMatchObject({ action: "city.suspend", actor: city.users.officer.name });
    expect(await getCityAdminView(uniqueSlug("nx"))).toBeNull();
    expect(await getCityAdminView('x"; select 1;--')).toBeNull();
  });
});

describe("public city lookup", () => {
  it("returns only what public pages may show, and follows the status", async () => {
    const city = await createTestCity("pp");
    const found = await loadPublicCity(city.slug);
    expect(found).toEqual({
      slug: city.slug,
      name: `Test ${city.slug}`,
      country: "NL",
      defaultLocale: "en",
      locales: expect.arrayContaining(["en", "nl"]),
      status: "active",
    });
    await setCityStatus(controlDb(), city.slug, "suspended", null);
    expect((await getPublicCity(city.slug))?.status).toBe("suspended");
  });

  it("knows no unknown, unprovisioned or malformed city", async () => {
    expect(await loadPublicCity(uniqueSlug("nx"))).toBeNull();
    expect(await getPublicCity("admin")).toBeNull();
    expect(await getPublicCity("../etc")).toBeNull();
    const unprovisioned = uniqueSlug("pp");
    await controlDb().city.create({
      data: {
        slug: unprovisioned,
        name: "Half",
        country: "NL",
        defaultLocale: "nl",
        locales: ["nl"],
        schemaName: `city_${unprovisioned.replaceAll("-", "_")}`,
      },
    });
    expect(await loadPublicCity(unprovisioned)).toBeNull();
  });
});
