/**
 * A report exists in the languages it was written in, and only there: a city publishing in Dutch
 * and English whose 2025 report is in English only. The Dutch reports list links to the English
 * report (hreflang, and says so in Dutch: "in het Engels"), never to /nl/reports/2025, a 404; the
 * English report's head and the sitemap declare no Dutch alternate; the language switch on the
 * English report leads to the Dutch reports list. Every public page links the city's Atom feed.
 */
import type { ReactElement } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { createTestCity, type TestCity } from "../helpers/cities";
import { testScope } from "../helpers/city-scope";
import { approveReport } from "../helpers/report-approval";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (fn: () => unknown) => fn }));
let pathname = "/";
vi.mock("next/navigation", async (original) => ({ ...(await original<typeof import("next/navigation")>()), usePathname: () => pathname }));

const { createReport } = await import("@/lib/features/reports/generate-report");
const { saveSection } = await import("@/lib/features/reports/save-section");
const { transitionReport } = await import("@/lib/features/reports/transition-report");
const { publishCity } = await import("@/lib/features/publication/site/publish-city");
const { GET: sitemapGet } = await import("@/app/(public)/[city]/sitemap.xml/route");
const listPage = await import("@/app/(public)/[city]/[locale]/reports/page");
const reportPage = await import("@/app/(public)/[city]/[locale]/reports/[year]/page");
const homePage = await import("@/app/(public)/[city]/[locale]/page");
const { default: Layout } = await import("@/app/(public)/[city]/[locale]/layout");

const BASE = "https://charta.example";
const YEAR = 2025;

type Params = Promise<Record<string, string>>;
type PageModule = {
  default: (props: { params: Params }) => Promise<ReactElement>;
  generateMetadata: (props: { params: Params }) => Promise<Record<string, unknown>>;
};
const asPage = (m: unknown) => m as PageModule;

async function html(element: ReactElement): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

let city: TestCity;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = BASE;
  city = await createTestCity("prl");
  const ctx = await testScope(city, city.users.officer.id, cityDbForSchema(city.schemaName));
  await publishCity(ctx);
  const { id } = await createReport(ctx, { year: YEAR, locales: ["en"] });
  await saveSection(ctx, { reportId: id, topic: "report", kind: "summary", locale: "en", content: "English only.", version: 0 });
  let { version } = await transitionReport(ctx, { id, version: 1, to: "consultation", note: "" });
  ({ version } = await approveReport(ctx, id, version));
  await transitionReport(ctx, { id, version, to: "published", note: "" });
});

describe("a report published in English only", () => {
  it("the Dutch reports list links to the English report, marked and named in Dutch, never to a Dutch 404", async () => {
    const body = await html(await asPage(listPage).default({ params: Promise.resolve({ city: city.slug, locale: "nl" }) }));
    expect(body).not.toContain(`href="/${city.slug}/nl/reports/${YEAR}"`);
    expect(body).toMatch(new RegExp(`<a href="/${city.slug}/en/reports/${YEAR}" hrefLang="en"[^>]*>Mensenrechtenverslag ${YEAR} \\(in het Engels\\)</a>`));
    expect(body).not.toContain("English");
    // In English the link is the plain one.
    const en = await html(await asPage(listPage).default({ params: Promise.resolve({ city: city.slug, locale: "en" }) }));
    expect(en).toMatch(new RegExp(`<a href="/${city.slug}/en/reports/${YEAR}" class="[^"]*">Human rights report ${YEAR}</a>`));
  });

  it("the English report's head declares no Dutch alternate; the Dutch page has no metadata (it is a 404)", async () => {
    const meta = (await asPage(reportPage).generateMetadata({ params: Promise.resolve({ city: city.slug, locale: "en", year: String(YEAR) }) })) as {
      alternates: { languages: Record<string, string> };
      openGraph: { alternateLocale: string[] };
    };
    expect(meta.alternates.languages).toEqual({ en: `/${city.slug}/en/reports/${YEAR}`, "x-default": `/${city.slug}/en/reports/${YEAR}` });
    expect(meta.openGraph.alternateLocale).toEqual([]);
    const nl = await asPage(reportPage).generateMetadata({ params: Promise.resolve({ city: city.slug, locale: "nl", year: String(YEAR) }) });
    expect(nl).toEqual({});
  });

  it("the sitemap lists the report in English only, with English alternates only", async () => {
    const res = await sitemapGet(new Request(`${BASE}/${city.slug}/sitemap.xml`), { params: Promise.resolve({ city: city.slug }) });
    const xml = await res.text();
    expect(xml).toContain(`<loc>${BASE}/${city.slug}/en/reports/${YEAR}</loc>`);
    expect(xml).not.toContain(`/${city.slug}/nl/reports/${YEAR}`);
    const entry = xml.split("<url>").find((u) => u.includes(`<loc>${BASE}/${city.slug}/en/reports/${YEAR}</loc>`))!;
    expect(entry.match(/hreflang="([^"]+)"/g)).toEqual(['hreflang="en"', 'hreflang="x-default"']);
  });

  it("the language switch on the English report leads to the Dutch reports list", async () => {
    pathname = `/${city.slug}/en/reports/${YEAR}`;
    const body = await html(await Layout({ children: null, params: Promise.resolve({ city: city.slug, locale: "en" }) }));
    expect(body).toContain(`href="/${city.slug}/nl/reports"`);
    expect(body).not.toContain(`href="/${city.slug}/nl/reports/${YEAR}"`);
    // Any other page switches to the same page in Dutch.
    pathname = `/${city.slug}/en/commitments`;
    const other = await html(await Layout({ children: null, params: Promise.resolve({ city: city.slug, locale: "en" }) }));
    expect(other).toContain(`href="/${city.slug}/nl/commitments"`);
  });
});

describe("the feed in the head", () => {
  it("every public page's metadata links the city's Atom feed", async () => {
    const pages: [unknown, Record<string, string>][] = [
      [homePage, { city: city.slug, locale: "nl" }],
      [listPage, { city: city.slug, locale: "en" }],
      [reportPage, { city: city.slug, locale: "en", year: String(YEAR) }],
    ];
    for (const [mod, params] of pages) {
      const meta = (await asPage(mod).generateMetadata({ params: Promise.resolve(params) })) as { alternates: { types: Record<string, { url: string }[]> } };
      expect(meta.alternates.types["application/atom+xml"]).toEqual([expect.objectContaining({ url: `${BASE}/api/public/${city.slug}/feed.xml` })]);
    }
  });
});
