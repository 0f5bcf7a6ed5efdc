import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

const HEADER = "indicator_id,indicator,unit,period,value,breakdown,source_note,reason,version";

test("an officer imports two years of measurements by CSV (a bad row refused first), sees them on the indicator, and downloads the plan as PDF and Word", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const planTitle = `Riverton data plan (e2e ${stamp})`;
  const indicator = `Residents who trust the council (e2e ${stamp})`;

  await signIn(page, demoUser("riverton", "officer"), { to: "/riverton/workspace/action-plan" });
  const newPlan = page.getByRole("form", { name: "New action plan" });
  await newPlan.getByLabel("Title").fill(planTitle);
  await newPlan.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: planTitle })).toBeVisible();
  const planUrl = new URL(page.url()).pathname;

  await page.goto("/riverton/workspace/indicators");
  await page.getByText("New indicator", { exact: true }).first().click();
  const form = page.getByRole("form", { name: "New indicator" });
  await form.getByLabel("Action plan").selectOption({ label: planTitle });
  await form.getByLabel("Name").fill(indicator);
  await form.getByLabel("Unit", { exact: true }).fill("%");
  await form.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: indicator })).toBeVisible();
  const indicatorUrl = new URL(page.url()).pathname;

  // The import page of the plan.
  await page.goto(`${planUrl}/data`);
  await expect(page.getByRole("heading", { level: 1, name: "Import and export" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A file with a bad row: refused with its row, column and message; nothing can be applied.
  const upload = async (csv: string) => {
    await page
      .getByLabel("Spreadsheet file")
      .first()
      .setInputFiles({ name: "measurements.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Upload and check" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Check the import" })).toBeVisible();
  };
  await upload(`${HEADER}\r\n,${indicator},%,2023,61,,Resident survey,,\r\n,${indicator},%,2024-Q1,64,,Resident survey,,\r\n`);
  await expect(page.getByText("2 rows read: 1 new, 0 with changes, 0 unchanged, 1 refused.")).toBeVisible();
  const table = page.getByRole("table", { name: "Rows of the import and their changes" });
  await expect(table.getByRole("row", { name: /^3 / })).toContainText("period: “2024-Q1” is not a year. This indicator is yearly: write a period like 2024.");
  await expect(page.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Discard upload" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Discard upload" }).click();
  await expect(page.getByText("The upload was discarded. Nothing was saved.")).toBeVisible();

  // The corrected file: two years, applied all at once.
  await upload(`${HEADER}\r\n,${indicator},%,2023,61,,Resident survey,,\r\n,${indicator},%,2024,64.5,,Resident survey,,\r\n`);
  await expect(page.getByText("2 rows read: 2 new, 0 with changes, 0 unchanged, 0 refused.")).toBeVisible();
  await page.getByRole("button", { name: "Apply 2 rows" }).click();
  await expect(page.getByText("2 rows were saved from the spreadsheet.")).toBeVisible();

  await page.goto(indicatorUrl);
  const measurements = page.getByRole("table", { name: `Measurements of ${indicator}` });
  await expect(measurements).toContainText("61 %");
  await expect(measurements).toContainText("64.5 %");

  // The plan as PDF and Word.
  await page.goto(`${planUrl}/data`);
  for (const [name, ext, magic] of [
    ["Download as PDF", "pdf", "%PDF-"],
    ["Download as Word", "docx", "PK"],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^charta-riverton-plan-riverton-data-plan-e2e-${stamp}\\.${ext}$`));
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path!).subarray(0, magic.length).toString("latin1")).toBe(magic);
  }
});

test("a council member can download the plan's data but not import it", async ({ page }) => {
  await signIn(page, demoUser("riverton", "council"), { to: "/riverton/workspace/action-plan" });
  await page
    .getByRole("link", { name: /Riverton Human Rights Action Plan/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/action-plan\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/data`);
  await expect(page.getByText("Your role can download the data but not import it.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download measurements (CSV)" })).toBeVisible();
  await expect(page.getByLabel("Spreadsheet file")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
