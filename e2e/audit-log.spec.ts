import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

test("a city admin reads the audit log, filters it by area and downloads what the filter selects", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "admin"));
  await page.goto("/zonnestad/workspace/settings");
  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Audit log" })).toBeVisible();
  const table = page.getByRole("table", { name: "Audit log entries, newest first" });
  await expect(table).toBeVisible();
  await expectNoAxeViolations(page);

  // The demo's departments were recorded as created; the filter keeps the settings area only.
  await page.getByLabel("Area").selectOption({ label: "Settings" });
  await page.getByRole("button", { name: "Apply filter" }).click();
  await expect(page).toHaveURL(/[?&]area=settings/);
  await expect(table.getByRole("row").filter({ hasText: "Department" }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: "Commitment", exact: true })).toHaveCount(0);

  // The changes open with the keyboard: a disclosure per entry.
  const disclosure = table.getByRole("row").filter({ hasText: "Department" }).first().locator("summary");
  await disclosure.focus();
  await page.keyboard.press("Enter");
  await expect(table.getByRole("rowheader", { name: "name" }).first()).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as CSV" }).click();
  const file = await (await download).path();
  const csv = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  expect(csv.split("\r\n")[0]).toBe("when (UTC),who,email,action,area,record type,record id,before,after");
  expect(csv).toContain(",Settings,Department,");
  expect(csv).not.toContain(",Commitments and evidence,");

  await page.getByRole("link", { name: "Clear filter" }).click();
  await expect(page).toHaveURL(/\/settings\/audit$/);
});

test("an officer has no audit log: no link, and the page and the export refuse", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "officer"));
  await page.goto("/zonnestad/workspace/settings/members");
  await expect(page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Members" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  expect((await page.request.get("/zonnestad/workspace/settings/audit", { maxRedirects: 0 })).status()).toBe(403);
  expect([403, 404]).toContain((await page.request.get("/api/cities/zonnestad/audit/export", { maxRedirects: 0 })).status());
});

test("Riverton's admin cannot read Zonnestad's audit log", async ({ page }) => {
  await signIn(page, demoUser("riverton", "admin"));
  expect((await page.request.get("/zonnestad/workspace/settings/audit", { maxRedirects: 0 })).status()).toBe(404);
  expect((await page.request.get("/api/cities/zonnestad/audit/export", { maxRedirects: 0 })).status()).toBe(404);
});
