import { expect, test, type Page } from "@playwright/test";
import { demoUser, signedInPage, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

// Zonnestad's declaration is in consultation in the demo (opened by its officer; the opening
// itself is in e2e/declaration.spec.ts).
const BASE = "/zonnestad/workspace/consultation";
const WORDS = "rapporteert jaarlijks over de voortgang";

/** Selects words in the rendered text the way a mouse would, then lets the page read the selection. */
async function selectWords(page: Page, words: string) {
  await page.evaluate((w) => {
    const block = [...document.querySelectorAll<HTMLElement>("[data-block-content]")].find((e) => e.textContent?.includes(w))!;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue!.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      block.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${w}" is not in one text node`);
  }, words);
}

test("an advisory member comments on a passage, the officer answers it and publishes the summary, the member sees the outcome", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const body = `Please say which indicators are reported, and where (e2e ${stamp}).`;
  const reason = `The action plan lists them; the yearly report links to it (e2e ${stamp}).`;

  // The advisory member: the text with highlighted passages and the threads beside it.
  await signIn(page, demoUser("zonnestad", "advisory"), { to: BASE });
  await expect(page.getByRole("heading", { level: 1, name: "Consultation" })).toBeVisible();
  await expect(page.locator("mark.declaration-comment").first()).toBeVisible();
  await expectNoAxeViolations(page);
  const marksBefore = await page.locator("mark.declaration-comment").count();

  await selectWords(page, WORDS);
  await page.getByRole("button", { name: "Comment on the selected text" }).click();
  const form = page.getByRole("form", { name: "New comment" });
  await expect(form.getByRole("blockquote")).toHaveText(WORDS);
  // An empty comment is refused with a message.
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByLabel("Your comment")).toBeFocused();
  await form.getByLabel("Your comment").fill(body);
  await form.getByLabel("Show my name with this comment on the public website").check();
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Your comment was posted.")).toBeVisible();

  const thread = page.getByRole("article").filter({ hasText: body });
  await expect(thread).toBeVisible();
  await expect(thread.getByRole("blockquote")).toContainText(WORDS);
  await expect(thread.getByText("No answer yet")).toBeVisible();
  await expect(page.locator("mark.declaration-comment")).toHaveCount(marksBefore + 1);
  await expect(page.locator("mark.declaration-comment").filter({ hasText: WORDS })).toBeVisible();

  // The keyboard way: a button per passage opens the same form for the whole paragraph.
  await page.getByRole("button", { name: /^Comment on this passage \(1:/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "New comment" }).getByLabel("Your comment")).toBeFocused();
  await page.getByRole("form", { name: "New comment" }).getByRole("button", { name: "Cancel" }).click();
  // Cancelling hands the keyboard back to the button that opened the form, not to the page's body.
  await expect(page.getByRole("button", { name: /^Comment on this passage \(1:/ })).toBeFocused();

  // The officer answers: accepted, with a reason.
  const officer = await signedInPage(browser, demoUser("zonnestad", "officer"), { to: BASE });
  const theirs = officer.getByRole("article").filter({ hasText: body });
  await theirs.getByRole("button", { name: "Answer" }).click();
  const answer = theirs.getByRole("form", { name: "Answer" });
  await answer.getByLabel("Outcome").selectOption({ label: "Accepted" });
  await answer.getByLabel("Reason").fill(reason);
  await answer.getByRole("button", { name: "Save answer" }).click();
  await expect(theirs.getByText("Answer: Accepted")).toBeVisible();
  // The form closes; the answer shows in the thread.
  await expect(theirs.getByRole("form", { name: "Answer" })).toHaveCount(0);
  await expect(theirs.getByText(reason)).toBeVisible();

  // …and publishes the summary, where the comment is listed under its article with the answer.
  await officer.goto(`${BASE}/summary`);
  await expect(officer.getByRole("heading", { level: 1, name: "Consultation summary" })).toBeVisible();
  const row = officer.getByRole("row").filter({ hasText: body });
  await expect(row).toContainText("Accepted");
  await expect(row).toContainText(reason);
  await expectNoAxeViolations(officer);
  const publish = officer.getByRole("button", { name: "Publish the summary with the declaration" });
  if (await publish.isVisible()) await publish.click();
  await expect(officer.getByText(/The summary is published with the declaration since/)).toBeVisible();

  // The member sees the outcome of their own comment, and was notified.
  await page.goto(`${BASE}/mine`);
  await expect(page.getByRole("heading", { level: 1, name: "My comments" })).toBeVisible();
  const mine = page.getByRole("article").filter({ hasText: body });
  await expect(mine.getByText("Answer: Accepted")).toBeVisible();
  await expect(mine.getByText(reason)).toBeVisible();
  await expectNoAxeViolations(page);
  // The header shows the unread answer as a badge beside "Notifications", and leads to it.
  const bell = page.getByRole("banner").getByRole("link", { name: /^(Notifications|Meldingen) \d+ (unread|ongelezen)$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL(/\/zonnestad\/workspace\/notifications$/);
  // In the member's language (Zonnestad's demo members read Dutch).
  await expect(page.getByText(/Your comment was answered: Accepted|Uw opmerking is beantwoord: Overgenomen/).first()).toBeVisible();
});

test("council members read the consultation but cannot answer; another city's member gets 404", async ({ browser }) => {
  const council = await signedInPage(browser, demoUser("zonnestad", "council"), { to: BASE });
  await expect(council.getByRole("heading", { level: 1, name: "Consultation" })).toBeVisible();
  await expect(council.getByRole("button", { name: "Answer" })).toHaveCount(0);
  await expect(council.getByRole("button", { name: "Comment on the whole draft" })).toBeVisible();

  const other = await signedInPage(browser, demoUser("riverton", "advisory"), { to: "/riverton/workspace/consultation" });
  for (const path of ["", "/summary", "/mine"]) {
    const r = await other.goto(`${BASE}${path}`);
    expect(r?.status(), path).toBe(404);
  }
  const file = await other.request.get("/api/cities/zonnestad/declaration/00000000-0000-4000-8000-000000000000/summary.csv");
  expect(file.status()).toBe(404);
});
