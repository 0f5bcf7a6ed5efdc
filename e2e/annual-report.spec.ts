/**
 * The annual report from start to publication (issue 6): an officer generates the report for a
 * year, writes a narrative section, opens the consultation; an advisory council member comments
 * on a passage and corrects it; the officer answers it, hides it (with a reason) and shows it
 * again; the member sees the outcome; the officer sees what approval still needs (section and
 * language), leaves Dutch and the unwritten sections out on purpose and submits it; the city admin
 * records the council's decision (four-eyes); the officer publishes and downloads the PDF; the
 * public reads it with the decision's date. axe on the workspace and public report pages.
 */
import { expect, test } from "@playwright/test";
import { demoUser, signedInPage, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";
import { removeAnnualReport } from "./helpers/database";

test.use({ locale: "en-US" });

// Riverton's demo has last year's report; the canary seed uses 2019 and 2020.
const YEAR = 2024;

test("generate, write, consult with an outcome, approve, publish, download and read the annual report", async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  // A retry starts where the first attempt did: without this year's report.
  await removeAnnualReport("riverton", YEAR);
  const stamp = Date.now();
  const summary = `Riverton opened a housing rights desk in ${YEAR}. Waiting lists stayed long (e2e ${stamp}).`;
  const passage = `Waiting lists stayed long (e2e ${stamp}).`;
  const comment = `Say how long the waiting lists are, in weeks (e2e ${stamp}).`;
  const reason = `Added the weeks per area to the summary (e2e ${stamp}).`;

  // 1. Generate the draft.
  await signIn(page, demoUser("riverton", "officer"), { to: "/riverton/workspace/reports" });
  await page.getByRole("spinbutton", { name: "Year" }).fill(String(YEAR));
  for (const language of ["English", "Nederlands"]) await page.getByRole("checkbox", { name: language }).check();
  await page.getByRole("button", { name: "Generate the draft" }).click();
  await expect(page).toHaveURL(/\/riverton\/workspace\/reports\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const reportUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(String(YEAR)) })).toBeVisible();
  await expectNoAxeViolations(page);

  // 2. Write the English summary.
  const section = page.locator("form").filter({ has: page.locator("#section-report-summary-en") });
  await section.locator("#section-report-summary-en").fill(summary);
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("status")).toHaveText("Saved.");

  // 3. Open the consultation.
  await page.getByRole("button", { name: "Open consultation" }).click();
  await expect(page.getByRole("button", { name: "Back to draft" })).toBeVisible();

  // 4. An advisory council member comments on a passage of the summary.
  const advisory = await signedInPage(browser, demoUser("riverton", "advisory"), { to: reportUrl });
  const comments = advisory.getByRole("region", { name: "Comments" });
  await comments.getByLabel("On", { exact: true }).selectOption({ label: "Summary (English)" });
  await comments.getByLabel("Passage (optional)").fill(passage);
  await comments.getByLabel("Your comment").fill(comment);
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments.getByText(comment)).toBeVisible();
  await expect(comments.getByText("No answer yet")).toBeVisible();

  // …and corrects it: its author may, for a quarter of an hour.
  const mine = comments.getByRole("listitem").filter({ hasText: comment });
  await mine.getByRole("button", { name: "Edit", exact: true }).click();
  await mine.getByLabel("Your comment").fill(`${comment} Per area.`);
  await mine.getByRole("button", { name: "Save", exact: true }).click();
  await expect(mine.getByText(`${comment} Per area.`)).toBeVisible();
  await expect(mine.getByText(/ · edited$/)).toBeVisible();

  // 5. The officer answers it with an outcome and a reason…
  await page.reload();
  const thread = page.getByRole("region", { name: "Comments" }).getByRole("listitem").filter({ hasText: comment });
  await thread.getByLabel("Outcome").selectOption({ label: "Accepted" });
  await thread.getByLabel("Reason", { exact: true }).fill(reason);
  await thread.getByRole("button", { name: "Save answer" }).click();
  // The reason is also in the answer form's field: wait for the saved answer's own line, which
  // appears only once the page holds the new version (the next step needs that version).
  await expect(thread.getByText(/^Answered by /)).toBeVisible();
  await expect(thread.locator("p").filter({ hasText: reason })).toBeVisible();

  // The officer hides it: the dialog asks for a reason and keeps the question open until there is one…
  const hideReason = `Check with the author first (e2e ${stamp}).`;
  await thread.getByRole("button", { name: "Hide", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Hide this comment?" });
  await dialog.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(dialog.getByText("Give a reason.")).toBeVisible();
  await expect(dialog.getByLabel("Reason for hiding")).toBeFocused();
  await dialog.getByLabel("Reason for hiding").fill(hideReason);
  await dialog.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(thread.getByText(`Hidden by an officer: ${hideReason}`)).toBeVisible();
  // …the commenter then sees a placeholder, without the text or the reason…
  await advisory.reload();
  const placeholder = advisory.getByRole("region", { name: "Comments" });
  await expect(placeholder.getByText("Hidden by an officer.", { exact: true })).toBeVisible();
  await expect(placeholder.getByText(comment)).toHaveCount(0);
  await expect(placeholder.getByText(hideReason)).toHaveCount(0);
  // …until the officer shows it again.
  await thread.getByRole("button", { name: "Show again" }).click();
  await expect(thread.getByText(hideReason)).toHaveCount(0);

  // The answer is what the commenter sees.
  await advisory.reload();
  const answered = advisory.getByRole("region", { name: "Comments" }).getByRole("listitem").filter({ hasText: comment });
  await expect(answered.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(answered.getByText(reason)).toBeVisible();
  await expectNoAxeViolations(advisory);
  await advisory.context().close();

  // 6. Before anyone approves, the page lists what is missing, section by section and language by language.
  await page.reload();
  const check = page.getByRole("region", { name: "Before approval" });
  await expect(check.getByText("Still missing — write these sections or leave them out on purpose:")).toBeVisible();
  await expect(check.getByRole("listitem").filter({ hasText: /^Summary \(Dutch\)$/ })).toBeVisible();
  await expect(check.getByRole("listitem").filter({ hasText: /^Foreword \(English\)$/ })).toBeVisible();
  await expect(check.getByRole("listitem").filter({ hasText: /^Summary \(English\)$/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Submit for approval" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Record the approval" })).toHaveCount(0);

  // The officer publishes in English only and leaves out, on purpose, every section not written.
  await page.getByRole("group", { name: "Languages to publish" }).getByRole("checkbox", { name: "Nederlands" }).uncheck();
  await page.getByRole("button", { name: "Save languages" }).click();
  await expect(page.getByText("The languages were saved.")).toBeVisible();
  await expect(check.getByRole("listitem").filter({ hasText: /\(Dutch\)$/ })).toHaveCount(0);
  const leaveOut = page.getByRole("button", { name: "Leave this section out of the report" });
  await expect(leaveOut).toHaveCount(20);
  // The foreword comes first, then the summary (kept); every other section after it.
  for (let left = 19; left > 0; left--) {
    await leaveOut.nth(left === 19 ? 0 : 1).click();
    await expect(leaveOut).toHaveCount(left);
  }
  await expect(page.getByRole("button", { name: "Include this section again" })).toHaveCount(19);
  await expect(check.getByText("Complete: every section is written in every language to be published, or left out on purpose.")).toBeVisible();

  // 7. Four-eyes: the officer submits; someone else with the right to approve records the decision.
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(check.getByText(/^You submitted this report for approval\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Record the approval" })).toHaveCount(0);

  const decidedOn = `${YEAR + 1}-02-12`;
  const admin = await signedInPage(browser, demoUser("riverton", "admin"), { to: reportUrl });
  await expect(admin.getByRole("region", { name: "Before approval" }).getByText(/^Submitted for approval by .+ on .+\.$/)).toBeVisible();
  await admin.getByLabel("Deciding body").selectOption({ label: "Municipal council" });
  await admin.getByLabel("Date of the decision").fill(decidedOn);
  await admin.getByLabel("Reference of the decision").fill(`Council resolution ${YEAR}/12`);
  await admin.getByRole("button", { name: "Record the approval" }).click();
  const decisionLine = `Approved by the municipal council on 12 February ${YEAR + 1} (reference Council resolution ${YEAR}/12).`;
  await expect(admin.getByText(`Decision: ${decisionLine}`)).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.context().close();

  // 8. The officer publishes (after confirming).
  await page.reload();
  await page.getByRole("button", { name: "Publish" }).click();
  const publishDialog = page.getByRole("dialog", { name: "Publish" });
  // Whether the report names a commitment Riverton keeps internal depends on the date the demo
  // was seeded (it is created relative to today); when it does, the officer must decide first.
  const omit = publishDialog.getByRole("radio", { name: /Leave them out of the published report/ });
  if (await omit.count()) {
    await publishDialog.getByRole("button", { name: "Publish" }).click();
    await expect(publishDialog.getByText("Choose whether to publish these commitments in the report or leave them out.")).toBeVisible();
    await omit.check();
  }
  await publishDialog.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("link", { name: "Public page of the report" })).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);

  // 9. Download the PDF: the workspace link and the public one.
  const download = await request.get(`/riverton/en/reports/${YEAR}/pdf`, { timeout: 90_000 });
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const [workspacePdf] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.getByRole("link", { name: "PDF" }).first().click()]);
  expect(workspacePdf.suggestedFilename()).toMatch(/\.pdf$/);

  // 10. The public reads it in English, with the decision's date; Dutch was left out, so there is no Dutch page.
  await page.goto(`/riverton/en/reports/${YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: `Riverton: human rights report ${YEAR}` })).toBeVisible();
  await expect(page.getByText(summary)).toBeVisible();
  await expect(page.getByText(decisionLine)).toBeVisible();
  await expect(page.getByText("Not written yet.")).toHaveCount(0);
  await expect(page.getByText(comment)).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await request.get(`/riverton/nl/reports/${YEAR}`)).status()).toBe(404);
});
