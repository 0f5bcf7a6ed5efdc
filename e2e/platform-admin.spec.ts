import { expect, test, type Browser, type Page } from "@playwright/test";
import { createCity, pathOf, setPasswordWithLink, uniqueSlug } from "./helpers/admin";
import { PLATFORM_ADMIN, signIn } from "./helpers/auth";

test.use({ locale: "en-US" });

// Strong enough for the password policy (12+ characters, not common, not the email address).
const NEW_PASSWORD = "violet harbour lantern 42";

/** Another person: a browser context with its own cookies. */
async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US" });
  return context.newPage();
}

test("a new city: created by the platform admin, its admin sets a password and invites an officer who joins", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const slug = uniqueSlug();
  const officerEmail = `officer@${slug}.example`;

  // 1. The platform admin creates the city; the form shows the set-password link.
  await signIn(page, PLATFORM_ADMIN);
  const city = await createCity(page, { slug, defaultLanguage: "English", adminName: "Ada Admin" });
  const created = page.getByRole("region", { name: "Create a city" }).getByRole("status");
  await expect(created.getByRole("link", { name: `Manage ${city.name}` })).toBeVisible();
  // The list of cities has it too.
  await page.reload();
  await expect(page.getByRole("table", { name: "All cities on this platform" }).getByRole("link", { name: `Manage ${city.name}` })).toBeVisible();

  // 2. The new city admin opens the link in their own browser and chooses a password.
  const adminPage = await newPage(browser);
  await adminPage.goto(city.setPasswordPath, { waitUntil: "networkidle" });
  await expect(adminPage.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await expect(adminPage.getByText(`Choose a password for ${city.adminEmail}`)).toBeVisible();
  await setPasswordWithLink(adminPage, city.setPasswordPath, NEW_PASSWORD);
  await expect(adminPage.getByText("Your password has been set.")).toBeVisible();

  // 3. …signs in, and invites an officer from Settings → Members.
  await signIn(adminPage, city.adminEmail, { password: NEW_PASSWORD });
  await expect(adminPage.getByText("Your role: City administrator")).toBeVisible();
  await expect(adminPage.getByRole("heading", { level: 1, name: "Welcome, Ada Admin" })).toBeVisible();
  await adminPage.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Settings" }).click();
  await adminPage.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Members" }).click();
  await expect(adminPage).toHaveURL(`/${slug}/workspace/settings/members`);
  await expect(adminPage.getByRole("table", { name: `Members of ${city.name}` })).toContainText(city.adminEmail);

  const invite = adminPage.getByRole("region", { name: "Invite a member" });
  await invite.getByLabel("Email address").fill(officerEmail);
  await invite.getByLabel("Role").selectOption({ label: "Officer" });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  // No SMTP on the test server: the link is shown, to pass on by hand.
  await expect(invite.getByText("Email is not configured: send this link yourself")).toBeVisible({ timeout: 20_000 });
  const invitationLink = await invite.getByLabel("Invitation link").inputValue();
  expect(invitationLink).toMatch(/\/invite\/[^/]+$/);

  // 4. The officer opens the invitation, creates an account and lands in the city's workspace.
  const officerPage = await newPage(browser);
  await officerPage.goto(pathOf(invitationLink), { waitUntil: "networkidle" });
  await expect(officerPage.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  await expect(officerPage.getByText(`You have been invited to join ${city.name} as officer.`)).toBeVisible();
  await officerPage.getByLabel("Your name").fill("Otto Officer");
  await officerPage.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
  await officerPage.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await officerPage.getByRole("button", { name: "Create account and accept" }).click();
  await expect(officerPage).toHaveURL(`/${slug}/workspace`, { timeout: 20_000 });
  await expect(officerPage.getByRole("link", { name: `${city.name} workspace` })).toBeVisible();
  await expect(officerPage.getByText("Your role: Officer")).toBeVisible();
  await expect(officerPage.getByRole("heading", { level: 1, name: "Welcome, Otto Officer" })).toBeVisible();

  // 5. …and can open the framework.
  await officerPage.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Framework & commitments" }).click();
  await expect(officerPage.getByRole("heading", { level: 1, name: "Framework and commitments" })).toBeVisible();
  await expect(officerPage.getByRole("link", { name: /^S1 / })).toBeVisible();

  // The invitation is used up, and the admin sees the new member.
  await adminPage.goto(pathOf(invitationLink));
  await expect(adminPage.getByText("This invitation has already been accepted.")).toBeVisible();
  await adminPage.goto(`/${slug}/workspace/settings/members`);
  await expect(adminPage.getByRole("table", { name: `Members of ${city.name}` })).toContainText(officerEmail);
});

test("the platform admin suspends a city after confirming, and reactivates it", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, PLATFORM_ADMIN);
  const city = await createCity(page, { name: `Pauzestad ${uniqueSlug("p")}` });

  // A member of the city, signed in in their own browser.
  const member = await newPage(browser);
  await setPasswordWithLink(member, city.setPasswordPath, NEW_PASSWORD);
  await signIn(member, city.adminEmail, { password: NEW_PASSWORD });

  await page
    .getByRole("link", { name: `Manage ${city.name}` })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: city.name })).toBeVisible();
  await expect(page.getByText("The city is active")).toBeVisible();

  // Cancel first: nothing happens.
  await page.getByRole("button", { name: "Suspend city" }).click();
  const dialog = page.getByRole("dialog", { name: `Suspend ${city.name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("The city is active")).toBeVisible();

  // Then confirm.
  await page.getByRole("button", { name: "Suspend city" }).click();
  await dialog.getByRole("button", { name: "Yes, suspend" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${city.name} is suspended.` })).toBeVisible();
  await expect(page.getByText("The city is suspended")).toBeVisible();

  // The member's workspace now shows the suspension notice; so do the public pages.
  await member.goto(`/${city.slug}/workspace/framework`);
  await expect(member).toHaveURL(`/suspended/${city.slug}`);
  await expect(member.getByRole("heading", { level: 1, name: "This city is suspended" })).toBeVisible();
  await expect(member.getByText("Nothing has been deleted")).toBeVisible();
  await member.goto(`/${city.slug}/nl`);
  await expect(member.getByRole("heading", { level: 1, name: "Tijdelijk niet beschikbaar" })).toBeVisible();

  // Reactivate: everything is back.
  await page.getByRole("button", { name: "Reactivate city" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${city.name} is active again.` })).toBeVisible();
  await expect(page.getByText("The city is active")).toBeVisible();
  await member.goto(`/${city.slug}/workspace`);
  await expect(member).toHaveURL(`/${city.slug}/workspace`);
  await expect(member.getByText("Your role: City administrator")).toBeVisible();
  await member.goto(`/${city.slug}/nl`);
  await expect(member.getByRole("heading", { level: 1, name: city.name })).toBeVisible();
});
