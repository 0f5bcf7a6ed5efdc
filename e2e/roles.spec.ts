import { expect, test } from "@playwright/test";
import { demoUser, PLATFORM_ADMIN, signIn } from "./helpers/auth";

test.use({ locale: "en-US" });

/** The workspace's own navigation bar (the settings page has a second, "Settings sections"). */
const EVERYONE = ["Overview", "Framework & commitments", "Declaration", "Action plan", "Indicators", "Reports", "Consultation"];

const ROLES = [
  // Settings is shown for "settings.manage" (admin) or "members.read" (admin, officer) — lib/kernel/auth/permissions.ts.
  { role: "admin", label: "City administrator", settings: true },
  { role: "officer", label: "Officer", settings: true },
  { role: "council", label: "Council member", settings: false },
  { role: "advisory", label: "Advisory member", settings: false },
] as const;

for (const { role, label, settings } of ROLES) {
  test(`${role} of Zonnestad sees the navigation of their role`, async ({ page }) => {
    await signIn(page, demoUser("zonnestad", role));
    await expect(page.getByText(`Your role: ${label}`)).toBeVisible();

    const nav = page.getByRole("navigation", { name: "Workspace" });
    for (const name of EVERYONE) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Overview", exact: true })).toHaveAttribute("aria-current", "page");

    const settingsLink = nav.getByRole("link", { name: "Settings", exact: true });
    const settingsResponse = await page.request.get("/zonnestad/workspace/settings/members", { maxRedirects: 0 });
    if (settings) {
      await expect(settingsLink).toBeVisible();
      expect(settingsResponse.status()).toBe(200);
      await settingsLink.click();
      await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
      await expect(settingsLink).toHaveAttribute("aria-current", "page");
    } else {
      await expect(settingsLink).toHaveCount(0);
      // Hiding the link is not the protection: the page itself refuses the role.
      expect(settingsResponse.status()).toBe(403);
    }

    // A city user is not a platform admin: the area does not even admit that it exists.
    await page.locator("summary").filter({ hasText: "Account menu" }).click();
    await expect(page.getByRole("link", { name: "Account and password" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Platform administration" })).toHaveCount(0);
    const admin = await page.goto("/admin");
    expect(admin?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
}

test("the platform admin reaches the platform administration", async ({ page }) => {
  await signIn(page, PLATFORM_ADMIN, { to: "/" });
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Platform administration" })).toBeVisible();
  await expect(page.getByRole("table", { name: "All cities on this platform" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Manage Zonnestad" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Manage Riverton" })).toBeVisible();

  // The account menu offers the way back here from anywhere.
  await page.locator("summary").filter({ hasText: "Account menu" }).click();
  await expect(page.getByRole("link", { name: "Platform administration" })).toBeVisible();
});
