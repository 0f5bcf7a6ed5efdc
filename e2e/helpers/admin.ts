import { expect, type Page } from "@playwright/test";

export interface NewCity {
  slug: string;
  name: string;
  adminEmail: string;
  /** The "set your password" link for the first city admin, as an app path. */
  setPasswordPath: string;
}

/** A slug no earlier run has used (the e2e database lives as long as the server). */
export function uniqueSlug(prefix = "e2e"): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** The path of an absolute link the app showed (built from NEXTAUTH_URL, i.e. the server under test). */
export function pathOf(link: string): string {
  const url = new URL(link);
  return url.pathname + url.search;
}

/**
 * As the signed-in platform admin, on /admin: create a city with the form, and read the
 * set-password link it shows (the test server has no SMTP).
 */
export async function createCity(
  page: Page,
  opts: { slug?: string; name?: string; defaultLanguage?: "English" | "Nederlands"; adminName?: string } = {},
): Promise<NewCity> {
  const slug = opts.slug ?? uniqueSlug();
  const name = opts.name ?? `Teststad ${slug}`;
  const adminEmail = `admin@${slug}.example`;
  if (new URL(page.url()).pathname !== "/admin") await page.goto("/admin");

  const create = page.getByRole("region", { name: "Create a city" });
  await create.getByLabel("Slug (web address)").fill(slug);
  await create.getByLabel("City name", { exact: true }).fill(name);
  await create.getByLabel("Country code").fill("NL");
  if (opts.defaultLanguage) await create.getByLabel("Default language of the public pages").selectOption({ label: opts.defaultLanguage });
  await create.getByLabel("Email of the first city administrator").fill(adminEmail);
  if (opts.adminName) await create.getByLabel("Name of the first city administrator").fill(opts.adminName);
  await create.getByRole("button", { name: "Create city" }).click();

  const created = create.getByRole("status");
  await expect(created).toContainText(`${name} has been created.`, { timeout: 30_000 });
  await expect(created).toContainText("send this link to the city administrator yourself");
  const link = (await created.locator("code").textContent())!.trim();
  expect(link).toMatch(/\/reset-password\/[^/]+$/);
  return { slug, name, adminEmail, setPasswordPath: pathOf(link) };
}

/** Open a set-password link (in this page's own browser context) and choose `password`. */
export async function setPasswordWithLink(page: Page, path: string, password: string): Promise<void> {
  await page.goto(path, { waitUntil: "networkidle" });
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the new password").fill(password);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-reset/);
}
