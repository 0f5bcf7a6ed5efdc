import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers/auth";

test.use({ locale: "en-US" });

test("the workspace switches between English and Dutch", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "admin"));
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "en");
  const enNav = page.getByRole("navigation", { name: "Workspace" });
  await expect(enNav.getByRole("link", { name: "Overview", exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: "Language" }).getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Nederlands" }).click();
  await expect(html).toHaveAttribute("lang", "nl");
  const nlNav = page.getByRole("navigation", { name: "Werkomgeving" });
  for (const name of ["Overzicht", "Kader en toezeggingen", "Verklaring", "Actieplan", "Instellingen"]) {
    await expect(nlNav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Uw rol: Stadsbeheerder")).toBeVisible();
  await expect(page.getByRole("group", { name: "Taal" }).getByRole("button", { name: "Nederlands" })).toHaveAttribute("aria-pressed", "true");

  // The choice is remembered: another page, after a full load, is still in Dutch.
  await page.goto("/zonnestad/workspace/framework");
  await expect(html).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1, name: "Kader en toezeggingen" })).toBeVisible();

  await page.getByRole("group", { name: "Taal" }).getByRole("button", { name: "English" }).click();
  await expect(html).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Framework and commitments" })).toBeVisible();
  await expect(enNav.getByRole("link", { name: "Framework & commitments", exact: true })).toHaveAttribute("aria-current", "page");
});

test("the sign-in page offers the language switch before signing in", async ({ page }) => {
  await page.goto("/login", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Charta" })).toBeVisible();
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanmelden bij Charta" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByLabel("E-mailadres")).toBeVisible();
});

test("a city's public pages: /<city> goes to its default language, language links carry hreflang", async ({ page, request }) => {
  const redirect = await request.get("/zonnestad", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toBe("/zonnestad/nl");

  await page.goto("/zonnestad");
  await expect(page).toHaveURL("/zonnestad/nl");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1, name: "Zonnestad" })).toBeVisible();

  const talen = page.getByRole("navigation", { name: "Talen" });
  const english = talen.getByRole("link", { name: "English" });
  await expect(english).toHaveAttribute("href", "/zonnestad/en");
  await expect(english).toHaveAttribute("hreflang", "en");
  await expect(english).toHaveAttribute("lang", "en");
  // The current language is not a link, and says it is the current one.
  await expect(talen.getByRole("link", { name: "Nederlands" })).toHaveCount(0);
  await expect(talen.getByText("Nederlands")).toHaveAttribute("aria-current", "true");

  await english.click();
  await expect(page).toHaveURL("/zonnestad/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const dutch = page.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: "Nederlands" });
  await expect(dutch).toHaveAttribute("href", "/zonnestad/nl");
  await expect(dutch).toHaveAttribute("hreflang", "nl");

  // Riverton's default language is English.
  await page.goto("/riverton");
  await expect(page).toHaveURL("/riverton/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
