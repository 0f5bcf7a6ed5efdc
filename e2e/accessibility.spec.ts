import { expect, test, type Page } from "@playwright/test";
import { createCity, pathOf, setPasswordWithLink } from "./helpers/admin";
import { demoUser, PLATFORM_ADMIN, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

/** Open a page, check it is the page meant (its h1), then run axe on it. */
async function check(page: Page, url: string, h1: string | RegExp, status = 200) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(status);
  await expect(page.getByRole("heading", { level: 1, name: h1 })).toBeVisible();
  await expectNoAxeViolations(page);
}

test.describe("axe finds no WCAG 2.1 A/AA violations", () => {
  test("public and signed-out pages", async ({ page }) => {
    await check(page, "/", /^Charta/);
    await check(page, "/login", "Sign in to Charta");
    await check(page, "/forgot-password", "Forgot your password");
    await check(page, "/invite/not-a-real-token", "Invitation");
    await expect(page.getByText("This invitation link is not valid.")).toBeVisible();
    await check(page, "/reset-password/not-a-real-token", "Choose a new password");
    await check(page, "/zonnestad/nl", "Zonnestad");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await check(page, "/zonnestad/en", "Zonnestad");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await check(page, "/riverton/en", "Riverton");
    // A URL no route knows (global 404) and a public page in a language the city does not have.
    await check(page, "/no/such/page", "Page not found", 404);
    // (The public 404 speaks the URL's language; "fr" is none of Charta's, so the default, English.)
    await check(page, "/zonnestad/fr", "Page not found", 404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await check(page, "/zonnestad/nl/commitments/no-such-commitment", "Pagina niet gevonden", 404);
  });

  test("the sign-in form showing its errors", async ({ page }) => {
    await page.goto("/login", { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    await page.getByLabel("Email address").fill("nobody@charta.example");
    await page.getByLabel("Password", { exact: true }).fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The email address or password is not correct." })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("workspace pages of a city admin", async ({ page }) => {
    await signIn(page, demoUser("zonnestad", "admin"));
    const base = "/zonnestad/workspace";
    await check(page, base, /^Welcome, /);
    await check(page, `${base}/framework`, "Framework and commitments");
    await check(page, `${base}/framework/S1`, /^S1 /);
    await check(page, `${base}/declaration`, "Declaration");
    await check(page, `${base}/settings`, "Settings");
    await expect(page.getByRole("button", { name: "Save settings" })).toBeVisible();
    await check(page, `${base}/settings/members`, "Settings");
    await expect(page.getByRole("region", { name: "Invite a member" })).toBeVisible();
    await check(page, "/account", "Your account");
    // Inside the city: an element that does not exist (the workspace's own 404).
    await check(page, `${base}/framework/ZZ9`, "Page not found", 404);
    // Another city's workspace: 404 outside any workspace.
    await check(page, "/riverton/workspace", "Page not found", 404);
  });

  test("read-only and forbidden pages of other roles", async ({ page, browser }) => {
    await signIn(page, demoUser("zonnestad", "officer"));
    await check(page, "/zonnestad/workspace/settings", "Settings");
    await expect(page.getByText("Only a city administrator can change these settings.")).toBeVisible();
    await check(page, "/zonnestad/workspace/settings/members", "Settings");

    const council = await browser.newContext({ locale: "en-US" }).then((c) => c.newPage());
    await signIn(council, demoUser("zonnestad", "council"));
    await check(council, "/zonnestad/workspace/framework/S1", /^S1 /);
    await expect(council.getByText("Your role can read this commitment but not change it.")).toBeVisible();
    await check(council, "/zonnestad/workspace/settings", "Not allowed", 403);
  });

  test("platform administration, the suspended notice and the first-password and invitation forms", async ({ page, browser }) => {
    test.setTimeout(90_000);
    await signIn(page, PLATFORM_ADMIN);
    await check(page, "/admin", "Platform administration");
    await check(page, "/admin/cities/zonnestad", "Zonnestad");

    // A city of its own, so suspending it disturbs no other test.
    const city = await createCity(page);
    await expectNoAxeViolations(page); // the form with its success message

    const newcomer = await browser.newContext({ locale: "en-US" }).then((c) => c.newPage());
    await check(newcomer, city.setPasswordPath, "Choose your password");

    // An invitation for a second administrator: the "create your account" form.
    await page.goto(`/admin/cities/${city.slug}`);
    await page.getByLabel("Email address").fill(`second@${city.slug}.example`);
    await page.getByRole("button", { name: "Appoint" }).click();
    const invited = page.getByRole("status").filter({ hasText: "An invitation has been created" });
    await expect(invited).toBeVisible();
    await expectNoAxeViolations(page);
    const invitationLink = (await invited.locator("code").textContent())!.trim();
    await check(newcomer, pathOf(invitationLink), "Invitation");
    await expect(newcomer.getByLabel("Your name")).toBeVisible();

    // The confirmation dialog, open.
    await page.getByRole("button", { name: "Suspend city" }).click();
    const dialog = page.getByRole("dialog", { name: `Suspend ${city.name}?` });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Yes, suspend" }).click();
    await expect(page.getByText("The city is suspended")).toBeVisible();
    await check(page, `/admin/cities/${city.slug}`, city.name);

    // The city's admin is sent to the suspension notice; the public pages show theirs.
    const member = await browser.newContext({ locale: "en-US" }).then((c) => c.newPage());
    await setPasswordWithLink(member, city.setPasswordPath, "quiet meadow compass 77");
    await signIn(member, city.adminEmail, { password: "quiet meadow compass 77", to: `/suspended/${city.slug}` });
    await member.goto(`/${city.slug}/workspace`);
    await expect(member).toHaveURL(`/suspended/${city.slug}`);
    await check(member, `/suspended/${city.slug}`, "This city is suspended");
    await check(member, `/${city.slug}/nl`, "Tijdelijk niet beschikbaar");
  });
});

test("keyboard only: sign in, then open the framework from the navigation", async ({ page }) => {
  /** Press Tab until `target` has the focus (fails after `max` presses). */
  async function tabTo(target: ReturnType<Page["getByRole"]>, max = 30) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Could not reach ${target} with Tab`);
  }

  await page.goto("/zonnestad/workspace");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.waitForLoadState("networkidle");

  // The first stop is the skip link.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

  const email = page.getByLabel("Email address");
  await tabTo(email);
  await page.keyboard.type(demoUser("zonnestad", "officer"));
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type("charta-demo-2026");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL("/zonnestad/workspace", { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();

  const framework = page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Framework & commitments" });
  await tabTo(framework);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/zonnestad/workspace/framework");
  await expect(page.getByRole("heading", { level: 1, name: "Framework and commitments" })).toBeVisible();
  await expect(framework).toHaveAttribute("aria-current", "page");
});
