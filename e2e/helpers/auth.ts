import { expect, type Browser, type Page } from "@playwright/test";

/** Every demo account (scripts/demo-data/demo-data.ts) uses this password. */
export const DEMO_PASSWORD = "charta-demo-2026";
export const PLATFORM_ADMIN = "platform@charta.example";

/** The demo accounts of one city: admin@<slug>.example, officer@…, council@…, advisory@…. */
export function demoUser(city: "zonnestad" | "riverton", role: "admin" | "officer" | "council" | "advisory"): string {
  return `${role}@${city}.example`;
}

/** Where a person naturally starts: the platform admin in /admin, a city user in their city's workspace. */
function homeOf(email: string): string {
  if (email === PLATFORM_ADMIN) return "/admin";
  const city = /@([a-z0-9-]+)\.example$/.exec(email)?.[1];
  return city ? `/${city}/workspace` : "/";
}

/**
 * Sign in through the real sign-in form (labels in English: the specs run with locale en-US)
 * and wait until the page behind it has opened.
 */
export async function signIn(page: Page, email: string, opts: { password?: string; to?: string } = {}): Promise<void> {
  const to = opts.to ?? homeOf(email);
  // networkidle: the form must be hydrated before typing, or react-hook-form resets the fields.
  await page.goto(`/login?callbackUrl=${encodeURIComponent(to)}`, { waitUntil: "networkidle" });
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(opts.password ?? DEMO_PASSWORD);
  // exact: a city with its own provider also offers "Sign in with <provider>".
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === to, { timeout: 20_000 });
}

/** A fresh browser context (its own cookies) signed in as `email`, for a second person in one test. */
export async function signedInPage(browser: Browser, email: string, opts: { password?: string; to?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, email, opts);
  return page;
}
