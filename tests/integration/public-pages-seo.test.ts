/**
 * What search engines get: a sitemap per city (/<city>/sitemap.xml) listing every public page in
 * every language with its alternates — published commitments and reports only — and robots.txt, which keeps
 * crawlers out of the signed-in areas and lists the active cities' sitemaps.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { setCityStatus } from "@/lib/kernel/tenancy/set-city-status";
import { createTestCity, uniqueSlug, type TestCity } from "../helpers/cities";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (fn: () => unknown) => fn }));

const { GET } = await import("@/app/(public)/[city]/sitemap.xml/route");
const { default: robots } = await import("@/app/robots");
const { seedLeakCanaries, CANARY_REPORT_YEARS } = await import("../helpers/leak-canaries");
const { PUBLIC_PAGE_PATHS } = await import("@/components/public/sections");

const BASE = "https://charta.example";

function sitemap(slug: string) {
  return GET(new Request(`${BASE}/${slug}/sitemap.xml`), { params: Promise.resolve({ city: slug }) });
}

let city: TestCity;
let seeded: Awaited<ReturnType<typeof seedLeakCanaries>>;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = BASE;
  city = await createTestCity("pps");
  seeded = await seedLeakCanaries({ schemaName: city.schemaName, cityId: city.cityId, citySlug: city.slug });
});

describe("/<city>/sitemap.xml", () => {
  it("lists every public page in both languages, with alternates, and the published commitments only", async () => {
    const res = await sitemap(city.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/xml");
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
    for (const path of PUBLIC_PAGE_PATHS) {
      for (const locale of ["nl", "en"]) expect(xml).toContain(`<loc>${BASE}/${city.slug}/${locale}${path}</loc>`);
    }
    expect(xml).toContain(`<loc>${BASE}/${city.slug}/nl/commitments/${seeded.commitmentKey}</loc>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${BASE}/${city.slug}/en"/>`);

    // The commitment that is not public has no page, so no entry.
    const hidden = await cityDbForSchema(city.schemaName).commitment.findFirstOrThrow({ where: { isPublic: false } });
    expect(xml).not.toContain(hidden.id);
    expect(xml).not.toContain("CANARY");
    // The published report (both languages), not the one in consultation.
    for (const locale of ["nl", "en"]) expect(xml).toContain(`<loc>${BASE}/${city.slug}/${locale}/reports/${CANARY_REPORT_YEARS.published}</loc>`);
    expect(xml).not.toContain(`/reports/${CANARY_REPORT_YEARS.draft}`);
    // Pages × languages, plus one page per published commitment and per published report per language.
    const urls = xml.match(/<url>/g)?.length ?? 0;
    const commitments = [...new Set([...xml.matchAll(/\/commitments\/([^<"/]+)</g)].map((m) => m[1]))].length;
    expect(urls).toBe((PUBLIC_PAGE_PATHS.length + commitments + 1) * 2);
  });

  it("is a 404 for an unknown, malformed or suspended city", async () => {
    expect((await sitemap(uniqueSlug("nx"))).status).toBe(404);
    expect((await sitemap("-")).status).toBe(404);
    const suspended = await createTestCity("pps");
    await setCityStatus(controlDb(), suspended.slug, "suspended", null);
    expect((await sitemap(suspended.slug)).status).toBe(404);
  });

  it("lists the pages of a city that never published, without commitments", async () => {
    const quiet = await createTestCity("ppq");
    const xml = await (await sitemap(quiet.slug)).text();
    expect(xml.match(/<url>/g)).toHaveLength(PUBLIC_PAGE_PATHS.length * 2);
  });
});

describe("robots.txt", () => {
  it("keeps crawlers out of the signed-in areas and lists the sitemaps of active cities only", async () => {
    const suspended = await createTestCity("ppr");
    await setCityStatus(controlDb(), suspended.slug, "suspended", null);
    const r = await robots();
    const rules = Array.isArray(r.rules) ? r.rules[0]! : r.rules;
    expect(rules.disallow).toEqual(expect.arrayContaining(["/admin", "/*/workspace", "/api/", "/login"]));
    expect(rules.allow).toEqual(expect.arrayContaining(["/", "/api/public/"]));
    expect(r.sitemap).toContain(`${BASE}/${city.slug}/sitemap.xml`);
    expect(r.sitemap).not.toContain(`${BASE}/${suspended.slug}/sitemap.xml`);
  });
});
