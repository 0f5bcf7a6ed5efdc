/**
 * A city's public pages as residents, screen-reader users, search engines and journalists meet
 * them: every page type in every language passes axe, the main path works with the keyboard only,
 * pages reflow at 320 px, and nothing the city did not publish reaches a page or a dataset.
 * The demo cities are published by the demo seed; e2e/server.ts then seeds "leak canaries" into
 * Riverton (tests/helpers/leak-canaries.ts): unpublished content that must never appear.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { PUBLIC_PAGE_PATHS } from "../components/public/sections";
import { createCity } from "./helpers/admin";
import { PLATFORM_ADMIN, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

/** The public note the canary seed publishes on purpose (LEAK_VISIBLE): a scan must see it. */
const VISIBLE_CANARY = "CANARY-PUBLIC-NOTE-VISIBLE";
const DATASETS = ["commitments", "updates", "actions", "indicators", "measurements", "reports"];

type Lang = "nl" | "en";

/** The h1 of each page type, per language. */
const H1: Record<string, Record<Lang, string | RegExp>> = {
  "/commitments": { en: "Commitments", nl: "Toezeggingen" },
  "/declaration": { en: "Human rights declaration", nl: "Mensenrechtenverklaring" },
  "/action-plan": { en: "Action plan", nl: "Actieplan" },
  "/reports": { en: "Reports", nl: "Verslagen" },
  "/take-part": { en: "Take part", nl: "Doe mee" },
  "/accessibility": { en: "Accessibility statement", nl: "Toegankelijkheidsverklaring" },
  "/data": { en: "Open data", nl: "Open data" },
};

async function check(page: Page, url: string, h1: string | RegExp, status = 200) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(status);
  await expect(page.getByRole("heading", { level: 1, name: h1 })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** The commitment pages the commitments list links to, in the list's order. */
async function commitmentLinks(request: APIRequestContext, city: string, lang: Lang): Promise<string[]> {
  const html = await (await request.get(`/${city}/${lang}/commitments`)).text();
  const hrefs = [...html.matchAll(new RegExp(`href="(/${city}/${lang}/commitments/[^"#?]+)"`, "g"))].map((m) => m[1]!);
  return [...new Set(hrefs)];
}

for (const [city, name, lang] of [
  ["zonnestad", "Zonnestad", "nl"],
  ["zonnestad", "Zonnestad", "en"],
  ["riverton", "Riverton", "en"],
  ["riverton", "Riverton", "nl"],
] as const) {
  test(`axe finds nothing on every public page type of ${city} in ${lang}`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await check(page, `/${city}/${lang}`, name);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    for (const path of PUBLIC_PAGE_PATHS.filter((p) => p !== "")) {
      await check(page, `/${city}/${lang}${path}`, H1[path]![lang]);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
    }
    const [first] = await commitmentLinks(request, city, lang);
    expect(first, "the demo city has published commitments").toBeTruthy();
    const response = await page.goto(first!);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 2, name: lang === "en" ? "History of updates" : "Geschiedenis van de wijzigingen" })).toBeVisible();
    await expectNoAxeViolations(page);
    // A commitment the city never published is a 404, in the public site's own frame and language.
    await check(page, `/${city}/${lang}/commitments/no-such-commitment`, lang === "en" ? "Page not found" : "Pagina niet gevonden", 404);
  });
}

test("the home page says where the city stands, in words, a chart and a table", async ({ page }) => {
  await page.goto("/zonnestad/en");
  await expect(page.getByText(/^Overall progress: \d+% — the average of the progress of its \d+ published commitments?\.$/)).toBeVisible();
  await expect(page.getByText(/^Last published on /)).toBeVisible();
  const table = page.getByRole("table", { name: "Progress and status of the published commitments per layer" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Foundations" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "In place" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Progress per layer, in percent" })).toBeVisible();
  // The section the visitor is on is marked in the navigation.
  const nav = page.getByRole("navigation", { name: "Sections" });
  await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await page.goto("/zonnestad/nl/commitments");
  await expect(page.getByRole("navigation", { name: "Onderdelen" }).getByRole("link", { name: "Toezeggingen" })).toHaveAttribute("aria-current", "page");
});

test("keyboard only: skip link, the Commitments link in the navigation, a commitment", async ({ page }) => {
  async function tabTo(target: ReturnType<Page["getByRole"]>, max = 40) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Could not reach ${target} with Tab`);
  }

  await page.goto("/zonnestad/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await page.goto("/zonnestad/en");
  const commitments = page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Commitments" });
  await tabTo(commitments);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/zonnestad/en/commitments");
  await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();

  const firstCommitment = page.getByRole("main").getByRole("heading", { level: 3 }).first().getByRole("link");
  const title = (await firstCommitment.textContent())!.trim();
  await tabTo(firstCommitment, 60);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/zonnestad\/en\/commitments\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("320 px wide: no horizontal scrolling; wide tables scroll inside a focusable region", async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const [detail] = await commitmentLinks(request, "zonnestad", "nl");
  const pages = [
    "/zonnestad/en",
    "/zonnestad/nl",
    "/zonnestad/en/commitments",
    "/zonnestad/nl/commitments",
    detail!,
    "/zonnestad/nl/take-part",
    "/zonnestad/nl/accessibility",
    "/riverton/en/data",
    // A published annual report (the demo writes last year's): its tables scroll in their own regions.
    `/riverton/en/reports/${new Date().getUTCFullYear() - 1}`,
  ];
  for (const url of pages) {
    await page.goto(url);
    const { width, culprits } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      // What sticks out, to say what to fix.
      culprits: [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > 320.5)
        .slice(-3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? "").slice(0, 60)}`),
    }));
    expect(width, `${url} is ${width}px wide; sticking out: ${culprits.join(" | ")}`).toBeLessThanOrEqual(320);
  }
  await page.goto("/zonnestad/en");
  const region = page.getByRole("region", { name: "Progress and status of the published commitments per layer" });
  await expect(region).toHaveAttribute("tabindex", "0");
});

test("search engines: titles, descriptions, Open Graph, hreflang, sitemap and robots.txt", async ({ page, request }) => {
  await page.goto("/zonnestad/en/commitments");
  await expect(page).toHaveTitle("Commitments · Zonnestad");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Zonnestad/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Commitments · Zonnestad");
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "Charta");
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/zonnestad\/en\/commitments$/);
  await expect(page.locator('link[rel="alternate"][hreflang="nl"]')).toHaveAttribute("href", /\/zonnestad\/nl\/commitments$/);

  const sitemap = await request.get("/zonnestad/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()["content-type"]).toContain("application/xml");
  const xml = await sitemap.text();
  for (const path of PUBLIC_PAGE_PATHS) {
    for (const lang of ["nl", "en"]) expect(xml).toContain(`/zonnestad/${lang}${path}</loc>`);
  }
  const [detail] = await commitmentLinks(request, "zonnestad", "nl");
  expect(xml).toContain(`${detail}</loc>`);
  expect((await request.get("/no-such-city/sitemap.xml")).status()).toBe(404);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("Disallow: /*/workspace");
  expect(robots).toMatch(/Sitemap: \S+\/zonnestad\/sitemap\.xml/);
});

test("nothing unpublished leaks: every public page and dataset of Riverton, in both languages", async ({ request }) => {
  test.setTimeout(120_000);
  const urls: string[] = ["/riverton/sitemap.xml"];
  for (const lang of ["en", "nl"] as const) {
    urls.push(...PUBLIC_PAGE_PATHS.map((p) => `/riverton/${lang}${p}`));
    urls.push(...(await commitmentLinks(request, "riverton", lang)));
    // The canary seed's published report (edited behind its back afterwards) and its report in consultation.
    urls.push(`/riverton/${lang}/reports/2019`);
  }
  for (const d of DATASETS) urls.push(`/api/public/riverton/${d}.csv`, `/api/public/riverton/${d}.json`);
  urls.push("/api/public/riverton/catalog.jsonld", "/api/public/riverton/feed.xml");

  let sawVisible = false;
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const body = await response.text();
    if (body.includes(VISIBLE_CANARY)) sawVisible = true;
    if (url.endsWith("/reports/2019")) expect(body, url).toContain("REPORT-PUBLISHED-VISIBLE");
    // The one canary published on purpose is removed first; any other trace of one is a leak.
    const leaked = body.replaceAll(VISIBLE_CANARY, "").match(/.{0,60}CANARY.{0,60}/);
    expect(leaked?.[0], `${url} leaks unpublished content`).toBeUndefined();
  }
  // The scan looked where published notes appear (a scan of the wrong pages would pass too).
  expect(sawVisible).toBe(true);
  // The report still in consultation has no public page at all.
  expect((await request.get("/riverton/en/reports/2020")).status()).toBe(404);
});

test("a report written in English only: the Dutch list leads to it, and no link or head declares a Dutch version", async ({ page, request }) => {
  // Riverton's demo report (last year's) is written in English only.
  await page.goto("/riverton/nl/reports");
  const link = page.getByRole("link", { name: /^Mensenrechtenverslag \d{4} \(in het Engels\)$/ }).first();
  await expect(link).toHaveAttribute("hreflang", "en");
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/riverton\/en\/reports\/\d{4}$/);
  // No link on the Dutch list is a 404.
  const hrefs = await page.locator('main a[href*="/reports/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const h of hrefs) expect((await request.get(h)).status(), h).toBe(200);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The head declares the languages the report exists in, and the feed.
  await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="alternate"][hreflang="nl"]')).toHaveCount(0);
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/api\/public\/riverton\/feed\.xml$/);
  // The language switch leads to the Dutch reports list, not to a Dutch 404.
  await page.getByRole("link", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(/\/riverton\/nl\/reports$/);
  await expect(page.getByRole("heading", { level: 1, name: "Verslagen" })).toBeVisible();

  // The sitemap lists the English page and no Dutch one.
  const sitemap = await (await request.get("/riverton/sitemap.xml")).text();
  expect(sitemap).toContain(`${href}</loc>`);
  expect(sitemap).not.toContain(href.replace("/en/", "/nl/"));
});

test("the action plan page shows the adopted plan: progress, actions and indicators in tables", async ({ page }) => {
  await page.goto("/riverton/en/action-plan");
  await expect(page.getByRole("heading", { level: 2, name: /Riverton Human Rights Action Plan/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Number of actions per status/ }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Households in emergency accommodation" })).toBeVisible();
  const households = page.getByRole("table", { name: "Measurements of “Households in emergency accommodation”" });
  await expect(households).toBeVisible();
  // The path to the target beside the measurements, the target at the end of its year (issue 13.8).
  await expect(households.getByRole("columnheader", { name: "Path to target" })).toBeVisible();
  await expect(households.getByRole("row", { name: /\(target\)/ })).toBeVisible();
  await expect(households.getByRole("row", { name: /\(baseline\)/ })).toBeVisible();
  // The canary seed's adopted public plan is there; its draft and private plans are not (see the leak scan).
  await expect(page.getByText("Published action of the canary seed")).toBeVisible();
  // No client chart library on public pages.
  await expect(page.locator(".recharts-surface")).toHaveCount(0);
  await page.goto("/zonnestad/nl/action-plan");
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expect(page.getByText("Zonnestad heeft nog geen vastgesteld actieplan gepubliceerd.")).toHaveCount(0);
  // The open-data page counts the plan's datasets as the files hold them.
  await page.goto("/riverton/en/data");
  for (const dataset of ["Action plan", "Indicators", "Indicator measurements"]) {
    const section = page.getByRole("region", { name: dataset, exact: true });
    await expect(section.getByText(/^\d+ records? in the latest publication\.$/)).toBeVisible();
  }
  await expect(page.getByText("No records until the city publishes its action plan.")).toHaveCount(0);
  // A target year means its last day, and each indicator says how its figures add up.
  const indicators = (await (await page.request.get("/api/public/riverton/indicators.json")).json()) as { records: Record<string, unknown>[] };
  const withTarget = indicators.records.filter((r) => r.target_year !== null);
  expect(withTarget.length).toBeGreaterThan(0);
  for (const r of withTarget) expect(r.target_date).toBe(`${r.target_year}-12-31`);
  for (const r of indicators.records) expect(["per_period", "cumulative"]).toContain(r.accumulation);
});

test("a suspended city's public pages show only the notice", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signIn(page, PLATFORM_ADMIN);
  const city = await createCity(page);
  await page.goto(`/admin/cities/${city.slug}`);
  await page.getByRole("button", { name: "Suspend city" }).click();
  await page
    .getByRole("dialog", { name: `Suspend ${city.name}?` })
    .getByRole("button", { name: "Yes, suspend" })
    .click();
  await expect(page.getByText("The city is suspended")).toBeVisible();

  for (const path of ["", "/commitments", "/data"]) {
    await page.goto(`/${city.slug}/en${path}`);
    await expect(page.getByRole("heading", { level: 1, name: "Temporarily unavailable" })).toBeVisible();
    await expect(page.getByText("This city's pages are temporarily unavailable. Nothing has been deleted.")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Sections" })).toHaveCount(0);
  }
  expect((await request.get(`/${city.slug}/sitemap.xml`)).status()).toBe(404);
});

test("every page says the date of its figures, and a published report states its own (issue 13.7)", async ({ page }) => {
  for (const path of ["/zonnestad/en/commitments", "/riverton/en/action-plan"]) {
    await page.goto(path);
    await expect(page.getByRole("contentinfo").getByText(/^The figures on these pages are as the city published them on \d{1,2} \w+ \d{4}\./)).toBeVisible();
  }
  await page.goto(`/riverton/en/reports/${new Date().getUTCFullYear() - 1}`);
  await expect(page.getByRole("main").getByText(/^All figures show the record as it stood on 31 December \d{4}/)).toBeVisible();
});
