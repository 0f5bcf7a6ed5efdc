import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { inspectPdf } from "../tests/helpers/documents";
import { demoUser, signIn, signedInPage } from "./helpers/auth";

test.use({ locale: "en-US" });

const ELEMENT = "/riverton/workspace/framework/T2";
const DASHBOARD = "/riverton/workspace/dashboard";

/** The count in the dashboard's "Commitments per status" table for one status. */
async function statusCount(page: Page, status: string): Promise<number> {
  const table = page.getByRole("table", { name: "Commitments per status" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: status }) });
  return Number((await row.getByRole("cell").first().textContent())!.replace(/\D/g, ""));
}

/** A minimal but real PDF. */
function pdfFile(): string {
  const file = path.join(tmpdir(), `charta-e2e-${Date.now()}.pdf`);
  writeFileSync(
    file,
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
  return file;
}

test("an officer updates a status with a note and uploads evidence; a council member sees the dashboard change and cannot edit", async ({ page, browser }) => {
  const stamp = Date.now();
  await signIn(page, demoUser("riverton", "officer"), { to: ELEMENT });
  const form = page.getByRole("form", { name: "Edit the commitment" });
  const status = form.getByLabel("Status", { exact: true });
  const current = (await status.locator("option:checked").textContent())!.trim();
  const target = current === "In place" ? "Planned" : "In place";

  const council = await signedInPage(browser, demoUser("riverton", "council"), { to: DASHBOARD });
  const before = await statusCount(council, target);

  await status.selectOption({ label: target });
  await form.getByLabel("Update note").fill(`Checked with departments (e2e ${stamp}).`);
  await form.getByRole("button", { name: "Save commitment" }).click();
  await expect(form.getByRole("status")).toHaveText(/^The commitment has been saved/);

  const upload = page.getByRole("form", { name: "Upload a file" });
  await upload.getByLabel("Title").fill(`Council decision ${stamp}`);
  await upload.getByLabel("File", { exact: true }).setInputFiles(pdfFile());
  await upload.getByRole("button", { name: "Upload file" }).click();
  await expect(upload.getByRole("status")).toHaveText("The file has been uploaded.");
  await page.reload();
  const download = page.getByRole("link", { name: `Download Council decision ${stamp}` });
  await expect(download).toBeVisible();
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await council.reload();
  expect(await statusCount(council, target)).toBe(before + 1);
  await expectNoAxeViolations(council);

  // The council member reads the commitment, its history and the evidence, but cannot edit.
  await council.goto(ELEMENT);
  await expect(council.getByRole("form", { name: "Edit the commitment" })).toHaveCount(0);
  await expect(council.getByRole("form", { name: "Upload a file" })).toHaveCount(0);
  await expect(council.getByRole("link", { name: `Download Council decision ${stamp}` })).toBeVisible();
  await expect(council.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText(`e2e ${stamp}`);
  await council.context().close();
});

test("the dashboard shows the city as it stood on a past date, and prints", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "council"), { to: "/zonnestad/workspace/dashboard" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/zonnestad/workspace/dashboard?at=${yearAgo}`);
  await expect(page.getByRole("table", { name: "Commitments per status" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/zonnestad/workspace/dashboard/print");
  await expect(page.getByRole("table", { name: "Commitments per status" })).toBeVisible();
  // On paper the workspace header and navigation are left out.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expectNoAxeViolations(page);
});

test("the council's print starts with a one-page summary with its charts, then every section in full", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "council"), { to: "/zonnestad/workspace/dashboard/print" });
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("img", { name: /^Progress per layer\./ })).toBeVisible();
  await expect(summary.getByRole("img", { name: /^Commitments by status\./ })).toBeVisible();
  await expect(summary.getByRole("img", { name: /^Overall progress, month by month\./ })).toBeVisible();
  await expect(summary.getByRole("heading", { name: "Needs attention" })).toBeVisible();
  // The sections in full carry the charts the summary does not (maturity, Charter, SDGs) and every table.
  await expect(page.getByRole("img", { name: /^Maturity/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Commitments per status" })).toBeVisible();
  await expectNoAxeViolations(page);

  // On A4 paper the summary is page 1 and nothing else; the sections in full start on page 2.
  const pdf = await inspectPdf(await page.pdf({ format: "A4", printBackground: true }));
  expect(pdf.pageCount).toBeGreaterThan(1);
  expect(pdf.pages[0]).toContain("Summary");
  expect(pdf.pages[0]).toContain("Needs attention");
  expect(pdf.pages[0]).not.toContain("In detail");
  expect(pdf.pages[1]).toMatch(/^In detail/);
});

test("axe finds nothing on the pages of the commitments record", async ({ page }) => {
  // Eight pages, each loaded and checked: more than one test's time on a busy machine.
  test.slow();
  await signIn(page, demoUser("zonnestad", "officer"), { to: "/zonnestad/workspace/framework" });
  for (const url of [
    "/zonnestad/workspace/framework",
    "/zonnestad/workspace/framework?status=in_progress",
    "/zonnestad/workspace/framework/S4",
    "/zonnestad/workspace/framework/spreadsheet",
    "/zonnestad/workspace/notifications",
    "/zonnestad/workspace/settings/departments",
    "/zonnestad/workspace/settings/groups",
    "/zonnestad/workspace/commitments/new?layer=tool",
  ]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
