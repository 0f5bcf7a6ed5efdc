/**
 * The public pages rendered to HTML, as a visitor gets them, for a city that published and then
 * got "leak canaries" (tests/helpers/leak-canaries.ts): no page in either language shows anything
 * unpublished, while what was published — the roll-up in words, the commitments, the public
 * note — is there. Also: a city that never published says so on every page; a suspended city
 * shows only its notice; unknown commitments and languages are 404s.
 */
import type { ReactElement } from "react";
import { testScope } from "../helpers/city-scope";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { setCityStatus } from "@/lib/kernel/tenancy/set-city-status";
import { createTestCity, type TestCity } from "../helpers/cities";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (fn: () => unknown) => fn }));

const { seedLeakCanaries } = await import("../helpers/leak-canaries");
const { savePublicProfile } = await import("@/lib/features/publication/site/profile");
const { publishCity } = await import("@/lib/features/publication/site/publish-city");
const { PUBLIC_PAGE_PATHS } = await import("@/components/public/sections");

type Params = Promise<Record<string, string>>;
type PageModule = {
  default: (props: { params: Params }) => Promise<ReactElement>;
  generateMetadata: (props: { params: Params }) => Promise<Record<string, unknown>>;
};

/** Page modules differ in their params' type; the tests pass the right ones. */
const asPage = (m: unknown) => m as PageModule;

const PAGES: Record<string, () => Promise<PageModule>> = {
  "": () => import("@/app/(public)/[city]/[locale]/page").then(asPage),
  "/commitments": () => import("@/app/(public)/[city]/[locale]/commitments/page").then(asPage),
  "/declaration": () => import("@/app/(public)/[city]/[locale]/declaration/page").then(asPage),
  "/action-plan": () => import("@/app/(public)/[city]/[locale]/action-plan/page").then(asPage),
  "/reports": () => import("@/app/(public)/[city]/[locale]/reports/page").then(asPage),
  "/take-part": () => import("@/app/(public)/[city]/[locale]/take-part/page").then(asPage),
  "/accessibility": () => import("@/app/(public)/[city]/[locale]/accessibility/page").then(asPage),
  "/data": () => import("@/app/(public)/[city]/[locale]/data/page").then(asPage),
};
const detailPage = () => import("@/app/(public)/[city]/[locale]/commitments/[key]/page").then(asPage);

async function html(element: ReactElement): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

async function render(mod: PageModule, params: Record<string, string>): Promise<string> {
  return html(await mod.default({ params: Promise.resolve(params) }));
}

/**
 * A 404: the page renders its not-found view inside the layout (withNotFound) and raises Next's 404
 * signal (digest "NEXT_HTTP_ERROR_FALLBACK;404") inside a Suspense boundary, which sets the status
 * (components/not-found/not-found-status.tsx); a layout-level miss may still throw it outright.
 */
async function expectNotFound(mod: PageModule, params: Record<string, string>) {
  const signals: unknown[] = [];
  let body = "";
  try {
    const { prelude } = await prerender(await mod.default({ params: Promise.resolve(params) }), { onError: (e) => void signals.push(e) });
    body = await new Response(prelude).text();
  } catch (err) {
    signals.push(err);
  }
  expect(signals).toContainEqual(expect.objectContaining({ digest: expect.stringContaining("404") }));
  if (body) expect(body).toMatch(/Page not found|Pagina niet gevonden/);
}

let city: TestCity;
let seeded: Awaited<ReturnType<typeof seedLeakCanaries>>;

beforeAll(async () => {
  city = await createTestCity("ppr");
  seeded = await seedLeakCanaries({ schemaName: city.schemaName, cityId: city.cityId, citySlug: city.slug });
});

describe("a published city's public pages", () => {
  it("cover every page in the navigation and the footer", () => {
    expect(Object.keys(PAGES).sort()).toEqual([...PUBLIC_PAGE_PATHS].sort());
  });

  it("show nothing unpublished, in either language; the published public note is on the commitment's page", async () => {
    let sawVisible = false;
    for (const locale of ["en", "nl"]) {
      const bodies: [string, string][] = [];
      for (const [path, load] of Object.entries(PAGES)) bodies.push([path, await render(await load(), { city: city.slug, locale })]);
      const list = bodies.find(([p]) => p === "/commitments")![1];
      const keys = [...list.matchAll(new RegExp(`href="/${city.slug}/${locale}/commitments/([^"]+)"`, "g"))].map((m) => decodeURIComponent(m[1]!));
      expect(keys).toContain(seeded.commitmentKey);
      for (const key of keys) bodies.push([`/commitments/${key}`, await render(await detailPage(), { city: city.slug, locale, key })]);

      for (const [path, body] of bodies) {
        for (const canary of seeded.canaries) expect(body, `${locale}${path}: ${canary}`).not.toContain(canary);
        for (const user of Object.values(city.users)) {
          expect(body, `${locale}${path}`).not.toContain(user.id);
          expect(body, `${locale}${path}`).not.toContain(user.email);
        }
        expect(body.replaceAll(seeded.visible, ""), `${locale}${path}`).not.toContain("CANARY");
        if (body.includes(seeded.visible)) sawVisible = true;
      }
    }
    expect(sawVisible).toBe(true);
  });

  it("home: where the city stands in words, with a table", async () => {
    const body = await render(await PAGES[""]!(), { city: city.slug, locale: "en" });
    expect(body).toMatch(/Overall progress: \d+% — the average of the progress of its \d+ published commitments?\./);
    expect(body).toContain("Progress and status of the published commitments per layer");
    expect(body).toMatch(/Last published on /);
    const nl = await render(await PAGES[""]!(), { city: city.slug, locale: "nl" });
    expect(nl).toMatch(/Voortgang in totaal: \d+%/);
  });

  it("the plan's own text carries the city's language on a page in another (issue 13.11, WCAG 3.1.2)", async () => {
    const nl = await render(await PAGES["/action-plan"]!(), { city: city.slug, locale: "nl" });
    const headings = [...nl.matchAll(/<h2 id="plan-[^"]+-heading"([^>]*)>/g)];
    expect(headings.length).toBeGreaterThan(0);
    for (const [, attrs] of headings) expect(attrs).toContain('lang="en"');
    expect(nl).toMatch(/<h4 id="objective-[^"]+" lang="en"/);
    // The labels around it stay in the page's language, unmarked; on the English page nothing is marked.
    expect(nl).toMatch(/<h3 id="plan-[^"]+-objectives" class="[^"]*">Doelen en acties</);
    const en = await render(await PAGES["/action-plan"]!(), { city: city.slug, locale: "en" });
    expect(en).not.toMatch(/<h2 id="plan-[^"]+-heading"[^>]*lang=/);
  });

  it("a commitment's page shows its history with the public note; an unknown key is a 404", async () => {
    const body = await render(await detailPage(), { city: city.slug, locale: "en", key: seeded.commitmentKey });
    expect(body).toContain("History of updates");
    expect(body).toContain(seeded.visible);
    expect(body).toContain("No public note.");
    await expectNotFound(await detailPage(), { city: city.slug, locale: "en", key: "no-such-key" });
  });

  it("metadata: title, description, Open Graph and language alternates", async () => {
    const meta = await (await PAGES["/commitments"]!()).generateMetadata({ params: Promise.resolve({ city: city.slug, locale: "nl" }) });
    expect(meta).toMatchObject({
      title: `Toezeggingen · Test ${city.slug}`,
      alternates: {
        canonical: `/${city.slug}/nl/commitments`,
        languages: { nl: `/${city.slug}/nl/commitments`, en: `/${city.slug}/en/commitments`, "x-default": `/${city.slug}/en/commitments` },
      },
      openGraph: { siteName: "Charta", locale: "nl_NL", type: "website" },
    });
    expect(String(meta.description)).toContain(`Test ${city.slug}`);
  });

  it("an unknown language is a 404", async () => {
    await expectNotFound(await PAGES["/data"]!(), { city: city.slug, locale: "fr" });
  });
});

describe("the city's public profile", () => {
  it("take part, the accessibility statement and the data licence show what the city published", async () => {
    const c = await createTestCity("ppp");
    const db = cityDbForSchema(c.schemaName);
    await savePublicProfile(await testScope(c, c.users.city_admin.id, db), {
      introNl: "",
      introEn: "",
      takePartNl: "Kom naar de adviesraad.",
      takePartEn: "",
      contactEmail: "rights@city.example",
      ombudsName: "Anti-discrimination office",
      ombudsUrl: "https://office.example",
      ombudsEmail: "",
      ombudsPhone: "+31 20 000 0000",
      accessibilityStatus: "full",
      accessibilityIssuesNl: "",
      accessibilityIssuesEn: "",
      accessibilityContact: "https://city.example/feedback",
      accessibilityReviewedOn: "2026-03-01",
      dataLicence: "CC0-1.0",
      version: 0,
    });
    // Saved but not published: nothing of it shows yet.
    const params = { city: c.slug, locale: "en" };
    expect(await render(await PAGES["/take-part"]!(), params)).not.toContain("rights@city.example");
    await publishCity(await testScope(c, c.users.city_admin.id, db), { note: "" });

    const take = await render(await PAGES["/take-part"]!(), params);
    // Written only in Dutch: shown, marked as Dutch.
    expect(take).toContain('lang="nl"');
    expect(take).toContain("Kom naar de adviesraad.");
    expect(take).toContain('href="mailto:rights@city.example"');
    expect(take).toContain("Anti-discrimination office");
    expect(take).toContain('href="https://office.example/"');
    expect(take).toContain('href="tel:+31200000000"');

    const statement = await render(await PAGES["/accessibility"]!(), params);
    expect(statement).toContain("These pages are fully compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA");
    expect(statement).toContain("1 March 2026");
    expect(statement).toContain('href="https://city.example/feedback"');
    expect(statement).toContain("Nationale ombudsman"); // the test city is in the Netherlands
    expect(statement).toContain("Charts cannot be read in detail with a screen reader.");

    const data = await render(await PAGES["/data"]!(), params);
    expect(data).toContain("Creative Commons Zero 1.0 Universal (CC0 1.0)");
    expect(data).toContain('href="https://creativecommons.org/publicdomain/zero/1.0/"');
    expect(data).toContain(`href="/api/public/${c.slug}/commitments.csv"`);
    expect(data).toContain(`href="/api/public/${c.slug}/catalog.jsonld"`);
    expect(data).toContain(`href="/api/public/${c.slug}/feed.xml"`);
    expect(data).toContain("No records until the city publishes its action plan.");
  });
});

describe("a city that never published", () => {
  it("says so plainly, and shows no figures", async () => {
    const quiet = await createTestCity("ppq");
    const params = { city: quiet.slug, locale: "en" };
    expect(await render(await PAGES[""]!(), params)).toContain("The city has not published its framework status yet.");
    expect(await render(await PAGES["/commitments"]!(), params)).toContain("The city has not published its commitments yet.");
    expect(await render(await PAGES["/take-part"]!(), params)).toContain("The city has not published how to take part yet.");
    expect(await render(await PAGES["/accessibility"]!(), params)).toContain("The city has not published the compliance status of these pages yet.");
    expect(await render(await PAGES["/data"]!(), params)).toContain("The city has not published yet");
    expect(await render(await PAGES["/declaration"]!(), params)).toContain(`Test ${quiet.slug} has not published its human rights declaration yet.`);
  });

  it("does not call itself a human rights city before it publishes, on the page or in its title (issue 13.10)", async () => {
    const quiet = await createTestCity("ppq");
    const params = { city: quiet.slug, locale: "en" };
    const home = await render(await PAGES[""]!(), params);
    expect(home).not.toMatch(/is a human rights city/i);
    expect(home).toContain(`Test ${quiet.slug} has not published anything on these pages yet.`);
    const meta = await (await PAGES[""]!()).generateMetadata({ params: Promise.resolve(params) });
    expect(JSON.stringify(meta)).not.toMatch(/human rights city/i);
    expect(meta.title).toBe(`Test ${quiet.slug} — public pages`);
  });
});

describe("a suspended city", () => {
  it("shows the notice on every page, and no city data", async () => {
    const suspended = await createTestCity("pps");
    await setCityStatus(controlDb(), suspended.slug, "suspended", null);
    for (const [path, load] of Object.entries(PAGES)) {
      const body = await render(await load(), { city: suspended.slug, locale: "nl" });
      expect(body, path).toContain("Tijdelijk niet beschikbaar");
      expect(body, path).not.toContain("Toezeggingen");
    }
  });
});
