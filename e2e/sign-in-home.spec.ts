import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, PLATFORM_ADMIN, demoUser } from "./helpers/auth";

/** Issue 13.1: signing in leads to the person's workspace, and the landing page knows who is signed in. */

test("signing in from the landing page opens the city's workspace; the landing page then shows who is signed in", async ({ page }) => {
  await page.goto("/", { waitUntil: "networkidle" });
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email address").fill(demoUser("zonnestad", "officer"));
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/zonnestad/workspace", { timeout: 20_000 });

  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(header.getByText("Open your workspace")).toBeVisible();
  await expect(page.getByText(/You are signed in as /)).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Open your workspace" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/zonnestad/workspace");

  // The sign-in page, while signed in, leads to the workspace too.
  await page.goto("/login");
  await expect(page).toHaveURL((url) => url.pathname === "/zonnestad/workspace");
});

test("the platform admin lands in the platform administration; a signed-out visit to the chooser asks to sign in", async ({ page, browser }) => {
  await page.goto("/login", { waitUntil: "networkidle" });
  await page.getByLabel("Email address").fill(PLATFORM_ADMIN);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/admin", { timeout: 20_000 });

  const context = await browser.newContext({ locale: "en-US" });
  const anonymous = await context.newPage();
  await anonymous.goto("/workspace");
  await expect(anonymous).toHaveURL(/\/login\?callbackUrl=%2Fworkspace$/);
  await context.close();
});
