import { expect, test, type Page } from "@playwright/test";
import { demoUser, signedInPage, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

/** Opens an "Add …" section (a <details>) and returns its form. */
async function openAdd(page: Page, name: string) {
  await page.getByText(name, { exact: true }).first().click();
  return page.getByRole("form", { name });
}

async function addAction(page: Page, title: string, progress: string) {
  const form = await openAdd(page, "Add an action");
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "On track" });
  await form.getByLabel("Progress (%)", { exact: true }).fill(progress);
  await form.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("an officer builds a plan with an objective, two actions and an indicator, enters measurements and sees the chart and the roll-up; a council member reads but cannot edit", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const planTitle = `Riverton inclusion plan (e2e ${stamp})`;
  const indicatorName = `Residents reporting unequal treatment (e2e ${stamp})`;

  await signIn(page, demoUser("riverton", "officer"), { to: "/riverton/workspace/action-plan" });
  const newPlan = page.getByRole("form", { name: "New action plan" });
  await newPlan.getByLabel("Title", { exact: true }).fill(planTitle);
  await newPlan.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: planTitle })).toBeVisible();
  const planUrl = new URL(page.url()).pathname;

  // An objective, then two actions under it.
  const objective = await openAdd(page, "Add an objective");
  await objective.getByLabel("Title", { exact: true }).fill("Equal treatment at every counter");
  await objective.getByLabel("Intended change", { exact: true }).fill("Nobody is treated worse at a council counter because of who they are.");
  await objective.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Equal treatment at every counter" })).toBeVisible();
  const objectiveUrl = new URL(page.url()).pathname;

  await addAction(page, "Train all counter staff", "40");
  // An action at risk needs its reason.
  const actionUrl = new URL(page.url()).pathname;
  const edit = page.getByRole("form", { name: "Edit the action" });
  await edit.getByLabel("Status", { exact: true }).selectOption({ label: "At risk" });
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByText("Say why the action is at risk or delayed.")).toBeVisible();
  await edit.getByLabel("Reason for the status", { exact: true }).fill("The trainer is only available from May.");
  await edit.getByLabel("Update note", { exact: true }).fill("Planning slipped.");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved; the change was added to the history.");
  await page.reload();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Status: On track → At risk");
  await expect(page.getByRole("region", { name: "History" })).toContainText("The trainer is only available from May.");

  await page.goto(objectiveUrl);
  await addAction(page, "Publish a complaints procedure", "80");

  // The roll-up: (40 + 80) / 2.
  await page.goto(planUrl);
  await expect(page.getByRole("region", { name: "Progress" })).toContainText("The plan is 60 % complete, over 2 of its 2 actions.");
  await expect(page.getByRole("link", { name: "Train all counter staff" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The table view filters by status.
  await page.getByRole("link", { name: "Table" }).click();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "At risk" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("table")).toContainText("Train all counter staff");
  await expect(page.getByRole("table")).not.toContainText("Publish a complaints procedure");
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("img", { name: /Timeline of the plan's actions/ })).toHaveCount(0); // no dates yet
  await expect(page.getByText("No action has dates yet.")).toBeVisible();

  // An indicator of this plan, with two years of measurements entered by form.
  await page.goto("/riverton/workspace/indicators");
  const newIndicator = await openAdd(page, "New indicator");
  await newIndicator.getByLabel("Action plan", { exact: true }).selectOption({ label: planTitle });
  await newIndicator.getByLabel("Name", { exact: true }).fill(indicatorName);
  await newIndicator.getByLabel("Unit", { exact: true }).fill("%");
  await newIndicator.getByLabel("Direction", { exact: true }).selectOption({ label: "Lower is better" });
  await newIndicator.getByLabel("Baseline value", { exact: true }).fill("20");
  await newIndicator.getByLabel("Baseline year", { exact: true }).fill("2023");
  await newIndicator.getByLabel("Target value", { exact: true }).fill("10");
  await newIndicator.getByLabel("Target year", { exact: true }).fill("2027");
  await newIndicator.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: indicatorName })).toBeVisible();

  const entry = page.getByRole("form", { name: "Enter a measurement" });
  for (const [period, value] of [
    ["2024", "19"],
    ["2025", "16.5"],
  ] as const) {
    await entry.getByLabel("Period", { exact: true }).fill(period);
    await entry.getByLabel("Value", { exact: true }).fill(value);
    await entry.getByRole("button", { name: "Save measurement" }).click();
    await expect(entry.getByRole("status")).toHaveText("The measurement has been saved.");
  }
  const table = page.getByRole("table", { name: `Measurements of ${indicatorName}` });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText("16.5 %");
  // 2025 is half-way from 20 (2023) to 10 (2027): 15 expected, 16.5 is behind.
  await expect(page.getByRole("region", { name: "Status against target" })).toContainText("Off track");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  // Read honestly (issue 13.8): the value axis starts at zero, the path to the target is drawn, and
  // the table beside the chart lists the path period by period from the baseline (end of 2023)
  // to the target (end of 2027), next to what was measured.
  await expect(page.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").filter({ hasText: /^0%$/ })).toHaveCount(1);
  await expect(page.locator(".recharts-legend-item-text").filter({ hasText: "Path to target" })).toBeVisible();
  const path = page.getByRole("table", { name: `${indicatorName}: the value the path to the target expects and the value measured, per period` });
  await expect(path.getByRole("row")).toHaveCount(6);
  await expect(path.getByRole("row", { name: /^2023 \(baseline\)/ })).toContainText("20 %");
  await expect(path.getByRole("row", { name: /^2025 / })).toContainText("15 %");
  await expect(path.getByRole("row", { name: /^2025 / })).toContainText("16.5 %");
  await expect(path.getByRole("row", { name: /^2027 \(target\)/ })).toContainText("10 %");
  await expect(page.getByText("Target: 10 % (end of 2027)")).toBeVisible();
  await expect(page.getByText("This indicator's figures are per period")).toBeVisible();
  await expectNoAxeViolations(page);
  const indicatorUrl = new URL(page.url()).pathname;

  await page.goto(actionUrl);
  await expectNoAxeViolations(page);

  // A council member reads the same plan, action and indicator, without a single edit control.
  const council = await signedInPage(browser, demoUser("riverton", "council"), { to: planUrl });
  await expect(council.getByRole("region", { name: "Progress" })).toContainText("60 %");
  await expect(council.getByText("Your role can read this plan but not change it.")).toBeVisible();
  await expect(council.getByRole("button", { name: /Edit|Delete|Create/ })).toHaveCount(0);
  await expect(council.getByText("Add an objective")).toHaveCount(0);
  await council.goto(actionUrl);
  await expect(council.getByText("Your role can read this action but not change it.")).toBeVisible();
  await expect(council.getByRole("form")).toHaveCount(0);
  await expect(council.getByText("The trainer is only available from May.").first()).toBeVisible();
  await council.goto(indicatorUrl);
  await expect(council.getByRole("table", { name: `Measurements of ${indicatorName}` })).toContainText("16.5 %");
  await expect(council.getByRole("form")).toHaveCount(0);
  await expect(council.getByRole("button", { name: /Correct|Delete|Save/ })).toHaveCount(0);
  await expectNoAxeViolations(council);
});

test("the demo plan: overview, timeline and an indicator with disaggregated series pass axe", async ({ page }) => {
  await signIn(page, demoUser("riverton", "officer"), { to: "/riverton/workspace/indicators" });
  await page.getByRole("link", { name: "Households in emergency accommodation" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "By Age group" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Corrections" })).toContainText("Six households counted twice");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Part of Riverton Human Rights Action Plan/ }).click();
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("img", { name: /Timeline of the plan's actions/ })).toBeVisible();
  await expect(page.getByText("Today", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
