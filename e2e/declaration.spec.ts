import { expect, test } from "@playwright/test";
import { createCity, setPasswordWithLink } from "./helpers/admin";
import { PLATFORM_ADMIN, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

test("a city drafts its declaration from the template, saves versions, compares them, opens the consultation and proposes it to the council", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // A new city, so the declaration starts from nothing (both demo cities already have one).
  await signIn(page, PLATFORM_ADMIN);
  const city = await createCity(page, { name: "Lindenburg" });
  const editor = await browser.newContext({ locale: "en-US" }).then((c) => c.newPage());
  await setPasswordWithLink(editor, city.setPasswordPath, "a long and private passphrase 42");
  const base = `/${city.slug}/workspace/declaration`;
  await signIn(editor, city.adminEmail, { password: "a long and private passphrase 42", to: base });

  // The empty state, and the start form: the English template.
  await expect(editor.getByRole("heading", { level: 1, name: "Declaration" })).toBeVisible();
  await expect(editor.getByText("No declaration yet")).toBeVisible();
  await expectNoAxeViolations(editor);
  await editor.getByLabel("The English template").check();
  await editor.getByRole("button", { name: "Start the declaration" }).click();
  await expect(editor).toHaveURL(`${base}/edit`, { timeout: 20_000 });

  // The editor holds the template: the preamble names the city and the instruments, articles are numbered.
  const text = editor.getByRole("textbox", { name: "Text of the declaration" });
  await expect(text).toContainText("Lindenburg: a human rights city");
  await expect(text).toContainText("European Charter for the Safeguarding of Human Rights in the City");
  await expect(editor.getByText("Editing version 1.")).toBeVisible();
  await expectNoAxeViolations(editor);

  // Write: a new article at the end, with a reference from the instrument picker.
  // The caret goes to the end of the last paragraph by a click at its right edge: ProseMirror takes
  // a click's position at once, while a key that moves the caret natively (Ctrl+End) right after
  // focusing can be overtaken by the editor restoring its own selection — the text then lands
  // where the first click put the caret.
  const last = text.locator("p").last();
  // (The template ends with its last article; adoption is recorded by the council, not typed into the text.)
  await expect(last).toHaveText(
    "The city works with the national government, other cities and international networks to strengthen human rights, and shares what it learns.",
  );
  const box = (await last.boundingBox())!;
  await last.click({ position: { x: box.width - 2, y: box.height / 2 } });
  await expect(text).toBeFocused();
  await editor.keyboard.press("Enter");
  await editor.keyboard.type("Children first");
  await expect(text.locator("p").last()).toHaveText("Children first");
  await editor.getByRole("button", { name: "Article" }).click();
  await expect(text.locator("h2.declaration-article").last()).toHaveText("Children first");
  // The toolbar hands the focus back to the editor a moment after the click; keys pressed before
  // that reach the button (on a busy machine, "Enter" and the first letters went missing).
  await expect(text).toBeFocused();
  await editor.keyboard.press("Enter");
  await editor.keyboard.type("Lindenburg listens to children, as promised in the ");
  await editor.getByRole("button", { name: "Insert a reference" }).click();
  const picker = editor.getByRole("dialog", { name: "Insert a reference to a human rights instrument" });
  await picker.getByLabel("Filter the list").fill("child");
  await expectNoAxeViolations(editor);
  await picker.getByRole("button", { name: "Insert Convention on the Rights of the Child" }).click();
  await expect(picker).toBeHidden();
  // (The template's preamble names the CRC too: look in the new paragraph.)
  await expect(
    text.locator("p", { hasText: "Lindenburg listens to children" }).getByRole("link", { name: "Convention on the Rights of the Child (CRC, 1989)" }),
  ).toBeVisible();
  await expect(text.locator("h2.declaration-article").last()).toHaveText("Children first");

  // Ctrl+K in the text opens the link dialog with the keyboard in its address field; Escape closes it.
  await text.click();
  await editor.keyboard.press("Control+k");
  const linkDialog = editor.getByRole("dialog", { name: "Link" });
  await expect(linkDialog.getByLabel("Web address or e-mail (https://, http:// or mailto:)")).toBeFocused();
  await editor.keyboard.press("Escape");
  await expect(linkDialog).toBeHidden();

  // Saving needs a change note.
  await editor.getByRole("button", { name: "Save as a new version" }).click();
  await expect(editor.getByText("Describe your change in a few words.")).toBeVisible();
  await editor.getByLabel("What did you change?").fill("Article on children added");
  await editor.getByRole("button", { name: "Save as a new version" }).click();
  await expect(editor.getByText("Saved as version 2.")).toBeVisible();

  // The read view renders the stored text on the server, numbered, with the reference as a link.
  await editor.goto(base);
  const reading = editor.getByRole("region", { name: "The text" });
  await expect(reading.getByRole("heading", { name: "Article 8 Children first" })).toBeVisible();
  await expect(
    reading.locator("p", { hasText: "Lindenburg listens to children" }).getByRole("link", { name: "Convention on the Rights of the Child (CRC, 1989)" }),
  ).toHaveAttribute("href", /ohchr\.org/);
  await expect(editor.getByText("Version 2 · English")).toBeVisible();

  // Versions and a comparison, inline and side by side.
  await editor.getByRole("link", { name: "Versions and comparison" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Versions" })).toBeVisible();
  await expect(editor.getByRole("cell", { name: "Article on children added" })).toBeVisible();
  await expectNoAxeViolations(editor);
  await editor.getByRole("button", { name: "Compare" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Version 1 compared with version 2" })).toBeVisible();
  await expect(editor.getByText("0 changed, 2 added, 0 removed.")).toBeVisible();
  await expect(editor.locator("ins").filter({ hasText: "Children first" })).toBeVisible();
  await expectNoAxeViolations(editor);
  await editor.goto(`${base}/compare?from=1&to=2&layout=side`);
  await expect(editor.locator("ins").filter({ hasText: "Lindenburg listens to children" })).toBeVisible();
  await expectNoAxeViolations(editor);

  // Open the consultation: recorded in the history, and the status changes.
  await editor.goto(base);
  await editor.getByText("Open the consultation", { exact: true }).first().click();
  const closes = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await editor.getByLabel("Closes on").fill(closes);
  await editor.getByRole("button", { name: "Open the consultation" }).click();
  await expect(editor.getByText("Recorded: In consultation.")).toBeVisible();
  await editor.reload();
  await expect(editor.getByText("In consultation", { exact: true }).first()).toBeVisible();
  await expect(editor.getByRole("region", { name: "History" })).toContainText("Draft → In consultation");
  await expectNoAxeViolations(editor);

  // Propose it to the council. Before anyone records the adoption the page says whether the text
  // is complete, and (four-eyes, the city's default) that the proposer does not record it alone.
  await editor.getByText("Propose to the council", { exact: true }).first().click();
  await editor.getByRole("button", { name: "Propose to the council" }).click();
  await expect(editor.getByText("Recorded: Proposed to the council.")).toBeVisible();
  await editor.reload();
  const check = editor.getByRole("region", { name: "Before adoption" });
  await expect(check.getByText("Every article has its text.")).toBeVisible();
  await expect(check.getByText(/^Proposed to the council by /)).toBeVisible();
  await expect(check.getByText(/^Four-eyes adoption: you proposed this text to the council/)).toBeVisible();
  await expect(editor.getByText("Record the council's adoption", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(editor);
});

test("an advisory member reads the declaration in consultation but cannot edit it; Riverton's adopted text changes only by amendment", async ({
  page,
  browser,
}) => {
  await signIn(page, "advisory@zonnestad.example", { to: "/zonnestad/workspace/declaration" });
  await expect(page.getByRole("heading", { level: 2, name: "Verklaring Zonnestad mensenrechtenstad" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit the text" })).toHaveCount(0);
  await expect(page.getByText("Officers and city administrators move the declaration through its steps.")).toBeVisible();
  const edit = await page.goto("/zonnestad/workspace/declaration/edit");
  expect(edit?.status()).toBe(403);
  await expectNoAxeViolations(page);

  const officer = await browser.newContext({ locale: "en-US" }).then((c) => c.newPage());
  // Riverton's adopted text is frozen: changing it means an amendment, and the e2e seed (the leak
  // canaries of e2e/server.ts) has started one, which the officer now works on while the adopted
  // text stays in force (tests/integration/declaration.test.ts covers the frozen text itself).
  await signIn(officer, "officer@riverton.example", { to: "/riverton/workspace/declaration" });
  await expect(
    officer.getByText(/^This is an amendment of the declaration adopted on .+\. That text stays in force until this one is published\./),
  ).toBeVisible();
  await expect(officer.getByRole("link", { name: "Edit the text" })).toBeVisible();
  await expect(officer.getByRole("button", { name: "Start an amendment" })).toHaveCount(0);
  // The text in force can be read beside the amendment, read only.
  await officer.getByRole("link", { name: "Read the text in force" }).click();
  await expect(officer).toHaveURL(/\/riverton\/workspace\/declaration\?d=[0-9a-f-]{36}$/);
  await expect(officer.getByText("You are reading an earlier declaration.", { exact: false })).toBeVisible();
  await expect(officer.getByText(/^Adopted by the council on /)).toBeVisible();
  await expect(officer.getByRole("link", { name: "Edit the text" })).toHaveCount(0);
  await expect(officer.getByRole("button", { name: "Start an amendment" })).toHaveCount(0);
  await expectNoAxeViolations(officer);
  await officer.getByRole("link", { name: "Go to the current declaration" }).click();
  await expect(officer.getByRole("link", { name: "Edit the text" })).toBeVisible();
  // Zonnestad's declaration (its id read from the consultation's download links) is not found from Riverton.
  await page.goto("/zonnestad/workspace/consultation");
  const href = await page.locator('a[href^="/api/cities/zonnestad/declaration/"]').first().getAttribute("href");
  const zonnestadId = /declaration\/([0-9a-f-]{36})\//.exec(href ?? "")?.[1];
  expect(zonnestadId).toBeTruthy();
  expect((await officer.goto(`/riverton/workspace/declaration?d=${zonnestadId}`))?.status()).toBe(404);
});
