import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

const STATUSES = ["Not started", "Planned", "In progress", "In place", "Needs review"];
const S1 = "/riverton/workspace/framework/S1";

function commitmentSection(page: Page) {
  return page.getByRole("region", { name: "Our commitment" });
}

/** The "Status: …" line at the top of the commitment (rendered by the server). */
function statusLine(page: Page) {
  return commitmentSection(page)
    .locator("p")
    .filter({ hasText: /^Status:/ });
}

test("an officer edits a commitment's text and status; a council member reads it but cannot change it", async ({ page, browser }) => {
  const stamp = Date.now();
  const text = `Riverton reviews its Human Rights Declaration every year with the advisory council (e2e ${stamp}).`;
  const note = `Reviewed with the advisory council (e2e ${stamp}).`;

  await signIn(page, demoUser("riverton", "officer"), { to: S1 });
  await expect(page.getByRole("heading", { level: 1, name: /S1/ })).toBeVisible();
  const form = page.getByRole("form", { name: "Edit the commitment" });
  const status = form.getByLabel("Status", { exact: true });
  const textArea = form.getByLabel("Commitment text");
  const noteField = form.getByLabel("Update note");
  const saved = form.getByRole("status");

  // Pick a status other than the current one, so a save that changes nothing cannot pass.
  const current = (await status.locator("option:checked").textContent())!.trim();
  const next = STATUSES[(STATUSES.indexOf(current) + 1) % STATUSES.length]!;
  await status.selectOption({ label: next });
  await textArea.fill(text);

  // A change of status needs a note for the history.
  await form.getByRole("button", { name: "Save commitment" }).click();
  await expect(form.getByText("Say why the status, progress or maturity changed")).toBeVisible();
  await expect(noteField).toHaveAttribute("aria-invalid", "true");
  await expect(saved).toHaveText("");

  await noteField.fill(note);
  await form.getByRole("button", { name: "Save commitment" }).click();
  await expect(saved).toHaveText(/^The commitment has been saved/);
  await expect(status.locator("option:checked")).toHaveText(next);

  // Stored, not just shown: a fresh load has the new status and text, and the history says who and why.
  await page.reload();
  await expect(statusLine(page)).toContainText(next);
  await expect(page.getByRole("form", { name: "Edit the commitment" }).getByLabel("Commitment text")).toHaveValue(text);
  const latest = page.getByRole("region", { name: "History" }).getByRole("listitem").first();
  await expect(latest).toContainText(`Status: ${current} → ${next}`);
  // The same entry records the new text: old and new on request.
  await expect(latest).toContainText("Commitment text: changed");
  await latest.getByText("Show the text before and after").click();
  await expect(latest.getByRole("definition").last()).toHaveText(text);
  await expect(latest).toContainText(note);
  await expect(latest).toContainText("by Sean Murphy (officer)");

  // The framework list shows the new status on S1's card.
  await page.goto("/riverton/workspace/framework");
  await expect(page.getByRole("link", { name: /^S1 / })).toContainText(next);

  // A council member sees the same commitment, read-only.
  const council = await browser.newContext({ locale: "en-US" }).then((c) => c.newPage());
  await signIn(council, demoUser("riverton", "council"), { to: S1 });
  await expect(statusLine(council)).toContainText(next);
  await expect(commitmentSection(council)).toContainText(text);
  await expect(council.getByText("Your role can read this commitment but not change it.")).toBeVisible();
  await expect(council.getByRole("form", { name: "Edit the commitment" })).toHaveCount(0);
  await expect(council.getByRole("button", { name: "Save commitment" })).toHaveCount(0);
  await expect(commitmentSection(council).getByRole("textbox")).toHaveCount(0);
  await expect(commitmentSection(council).getByRole("combobox")).toHaveCount(0);
});

test("a status its progress contradicts is flagged before saving, refused without a choice, and the suggestion fixes it", async ({ page }) => {
  // T1 is "In progress" at 60% in the demo; "Not started" would contradict that progress.
  await signIn(page, demoUser("riverton", "officer"), { to: "/riverton/workspace/framework/T1" });
  const form = page.getByRole("form", { name: "Edit the commitment" });
  const status = form.getByLabel("Status", { exact: true });
  await expect(status.locator("option:checked")).toHaveText("In progress");
  const warning = form.getByRole("group", { name: "The status does not match the progress" });
  await expect(warning).toHaveCount(0);

  await status.selectOption({ label: "Not started" });
  await expect(warning).toContainText("“Not started” with 60% progress: work has been done, so the commitment has started.");
  await expect(warning).toContainText("Suggested status: In progress.");
  await form.getByLabel("Update note").fill("Checking the warning (e2e).");
  await form.getByRole("button", { name: "Save commitment" }).click();
  await expect(warning).toContainText("The status and the progress contradict each other.");
  await expect(form.getByLabel("Keep this status (“Not started”) anyway")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("status")).toHaveText("");
  await expectNoAxeViolations(page);

  await warning.getByRole("button", { name: "Use “In progress”" }).click();
  await expect(status.locator("option:checked")).toHaveText("In progress");
  await expect(warning).toHaveCount(0);
  // Nothing was saved: a fresh load still says "In progress".
  await page.reload();
  await expect(statusLine(page)).toContainText("In progress");
});

test("the commitment form refuses a text that is too long, next to the field", async ({ page }) => {
  await signIn(page, demoUser("riverton", "officer"), { to: "/riverton/workspace/framework/T6" });
  const form = page.getByRole("form", { name: "Edit the commitment" });
  const textArea = form.getByLabel("Commitment text");
  const before = await textArea.inputValue();
  await textArea.fill("x".repeat(10_001));
  await form.getByRole("button", { name: "Save commitment" }).click();
  await expect(form.getByText("The commitment text can have at most 10,000 characters.")).toBeVisible();
  await expect(textArea).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("status")).toHaveText("");

  await page.reload();
  await expect(page.getByRole("form", { name: "Edit the commitment" }).getByLabel("Commitment text")).toHaveValue(before);
});

test("a downloaded spreadsheet uploaded unchanged changes nothing, and the preview says so", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "officer"), { to: "/zonnestad/workspace/framework/spreadsheet" });
  const download = await page.request.get("/api/cities/zonnestad/commitments/export?format=xlsx&locale=en");
  expect(download.status()).toBe(200);
  await page.getByLabel("Spreadsheet file").setInputFiles({
    name: "charta-zonnestad-commitments.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await download.body(),
  });
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check the import" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("The file changes nothing: every row matches what is stored now.")).toBeVisible();
  await expect(page.getByText(/ 0 with changes, \d+ unchanged, 0 refused\./)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
});
