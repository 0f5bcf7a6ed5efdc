/**
 * Sign-in as an attacker meets it over HTTP, against the production build behind Charta's own
 * HTTP server (issue 11: rotated forwarded headers, ended sessions), and a city's own identity
 * provider from the admin's form to a member's first sign-in, against a real OpenID provider
 * started here (tests/helpers/oidc-provider.ts).
 */
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startTestIdp, type TestIdp } from "../tests/helpers/oidc-provider";
import { createCity, pathOf, setPasswordWithLink } from "./helpers/admin";
import { demoUser, PLATFORM_ADMIN, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";
import { clearLoopbackSignInLimits } from "./helpers/database";

test.use({ locale: "en-US" });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: "en-US" })).newPage();
}

test.describe("sign-in limits over HTTP", () => {
  // The per-address limit is reached on purpose: every other spec signs in from this address too.
  test.beforeAll(clearLoopbackSignInLimits);
  test.afterAll(clearLoopbackSignInLimits);

  test("a rotated X-Forwarded-For does not get around the per-address limit", async ({ request }) => {
    // e2e/server.ts sets LOGIN_MAX_FAILURES_PER_IP=20.
    let throttledAfter = -1;
    for (let i = 0; i < 30 && throttledAfter < 0; i++) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const forged = `203.0.113.${i + 1}`;
      const res = await request.post("/api/auth/callback/credentials", {
        headers: { "x-forwarded-for": forged, "x-real-ip": forged },
        form: { csrfToken, email: `nobody-${i}-${randomBytes(3).toString("hex")}@attack.example`, password: "a wrong password", json: "true" },
      });
      const { url } = (await res.json()) as { url: string };
      if (new URL(url).searchParams.get("error")?.startsWith("Throttled:")) throttledAfter = i;
    }
    expect(throttledAfter).toBe(20);
  });
});

test("an ended session gets nothing from /api/auth/session and is not renewed", async ({ page, browser }) => {
  await signIn(page, demoUser("riverton", "council"));
  // The same session on another device: its cookie copied into another browser.
  const cookies = await page.context().cookies();
  const other = await browser.newContext({ locale: "en-US" });
  await other.addCookies(cookies);
  expect(await (await other.request.get("/api/auth/session")).json()).toMatchObject({ user: { email: demoUser("riverton", "council") } });

  // Signing out here ends every session of the account.
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login/);

  const res = await other.request.get("/api/auth/session");
  expect(await res.json()).toEqual({});
  const renewed = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("next-auth.session-token="));
  for (const h of renewed) expect(h.value).toMatch(/^next-auth\.session-token=;/);
  expect((await other.cookies()).some((c) => c.name === "next-auth.session-token")).toBe(false);
  await other.close();
});

test.describe("a city's own identity provider", () => {
  let idp: TestIdp;
  test.beforeAll(async () => {
    idp = await startTestIdp();
  });
  test.afterAll(async () => {
    await idp?.close();
  });

  test("the platform admin adds it, an invited member accepts with it, and signs in with it to that city only", async ({ page, browser }) => {
    test.setTimeout(180_000);
    // A city of its own, so the demo cities' sign-in pages stay as the other specs expect them.
    await signIn(page, PLATFORM_ADMIN);
    const city = await createCity(page);
    await page.goto(`/admin/cities/${city.slug}`);
    const section = page.getByRole("region", { name: "Sign-in with the city's own accounts" });
    await section.getByRole("button", { name: "Add a provider" }).click();
    const form = section.getByRole("form", { name: "Add a provider" });
    await form.getByLabel("Name on the sign-in button").fill("Teststad account");
    await form.getByLabel("Issuer URL").fill(idp.issuer);
    await form.getByLabel("Client ID").fill(`charta-${city.slug}`);
    const clientSecret = randomBytes(18).toString("base64url");
    await form.getByLabel("Client secret").fill(clientSecret);
    await form.getByRole("button", { name: "Save provider" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Teststad account has been added." })).toBeVisible({ timeout: 20_000 });
    const redirectUri = (await section.locator("code").first().textContent())!.trim();
    expect(redirectUri).toMatch(new RegExp(`/api/auth/callback/oidc-[0-9a-f-]{36}$`));
    expect(await page.content()).not.toContain(clientSecret);
    await expectNoAxeViolations(page);
    await idp.addClient({ clientId: `charta-${city.slug}`, clientSecret, redirectUri });

    // The city's admin invites a newcomer (no mail on the test server: the link is shown).
    const admin = await newPage(browser);
    await setPasswordWithLink(admin, city.setPasswordPath, "violet harbour lantern 42");
    await signIn(admin, city.adminEmail, { password: "violet harbour lantern 42" });
    await admin.goto(`/${city.slug}/workspace/settings/sign-in`);
    await expect(admin.getByRole("heading", { level: 3, name: "Teststad account" })).toBeVisible();
    await expect(admin.getByText(redirectUri)).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.goto(`/${city.slug}/workspace/settings/members`);
    const invite = admin.getByRole("region", { name: "Invite a member" });
    const newcomer = `newcomer-${randomBytes(3).toString("hex")}@${city.slug}.example`;
    await invite.getByLabel("Email address").fill(newcomer);
    await invite.getByLabel("Role").selectOption({ label: "Officer" });
    await invite.getByRole("button", { name: "Send invitation" }).click();
    const link = await invite.getByLabel("Invitation link").inputValue({ timeout: 20_000 });

    // The newcomer accepts with the city's account: to the provider and back, into the workspace.
    const member = await newPage(browser);
    await member.goto(pathOf(link), { waitUntil: "networkidle" });
    await expect(member.getByRole("heading", { name: `Accept with your ${city.name} account` })).toBeVisible();
    await expectNoAxeViolations(member);
    const sub = `sub-${randomBytes(4).toString("hex")}`;
    idp.as(sub, { email: newcomer, email_verified: true, name: "Nina Newcomer" });
    await member.getByRole("button", { name: "Accept with Teststad account", exact: true }).click();
    await expect(member).toHaveURL(`/${city.slug}/workspace`, { timeout: 30_000 });
    await expect(member.getByRole("heading", { level: 1, name: "Welcome, Nina Newcomer" })).toBeVisible();

    // That session opens this city only.
    const elsewhere = await member.goto("/riverton/workspace");
    expect(elsewhere?.status()).toBe(404);

    // Next time: the city's sign-in page, keyboard only.
    await member.context().clearCookies();
    await member.goto(`/login?city=${city.slug}`, { waitUntil: "networkidle" });
    await expect(member.getByRole("heading", { level: 1, name: `Sign in to ${city.name}` })).toBeVisible();
    await expectNoAxeViolations(member);
    const button = member.getByRole("button", { name: "Sign in with Teststad account", exact: true });
    for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i++) await member.keyboard.press("Tab");
    await expect(button).toBeFocused();
    await member.keyboard.press("Enter");
    await expect(member).toHaveURL(`/${city.slug}/workspace`, { timeout: 30_000 });

    // Someone else at the provider claiming the newcomer's address gets nothing.
    const impostor = await newPage(browser);
    idp.as(`evil-${randomBytes(4).toString("hex")}`, { email: newcomer, email_verified: true });
    await impostor.goto(`/login?city=${city.slug}`, { waitUntil: "networkidle" });
    await impostor.getByRole("button", { name: "Sign in with Teststad account", exact: true }).click();
    await expect(impostor).toHaveURL(/\/login\?error=AccessDenied/, { timeout: 30_000 });
    await expect(impostor.getByRole("alert").filter({ hasText: "not connected to a member of this city" })).toBeVisible();
    await expectNoAxeViolations(impostor);
  });
});
