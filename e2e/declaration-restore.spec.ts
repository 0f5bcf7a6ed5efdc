import { expect, test } from "@playwright/test";
import { createCity, setPasswordWithLink } from "./helpers/admin";
import { PLATFORM_ADMIN, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

/**
 * Issue 13.6: restoring an earlier version keeps comments on passages it has word for word, and
 * names the comments that would lose theirs before anything is restored.
 */
test("restoring an earlier version warns about the comments whose passage it lacks, and keeps the others in place", async ({ page, browser }) => {
  test.setTimeout(240_000);
  // A new city of its own: restoring changes the declaration's history, which the demo cities' tests read.
  await signIn(page, PLATFORM_ADMIN);
  const city = await createCity(page, { name: "Restorestad" });
  const editor = await browser.newContext({ locale: "en-US" }).then((c) => c.newPage());
  await setPasswordWithLink(editor, city.setPasswordPath, "a long and private passphrase 42");
  const base = `/${city.slug}/workspace/declaration`;
  await signIn(editor, city.adminEmail, { password: "a long and private passphrase 42", to: base });
  await editor.getByLabel("The English template").check();
  await editor.getByRole("button", { name: "Start the declaration" }).click();
  await expect(editor).toHaveURL(`${base}/edit`, { timeout: 20_000 });

  // Version 2: one more paragraph at the end (the caret placed as in declaration.spec.ts).
  const text = editor.getByRole("textbox", { name: "Text of the declaration" });
  const last = text.locator("p").last();
  await expect(last).toContainText("shares what it learns");
  const box = (await last.boundingBox())!;
  await last.click({ position: { x: box.width - 2, y: box.height / 2 } });
  await expect(text).toBeFocused();
  await editor.keyboard.press("Enter");
  await editor.keyboard.type("Restorestad opens a free legal help desk.");
  await expect(text.locator("p").last()).toHaveText("Restorestad opens a free legal help desk.");
  await editor.getByLabel("What did you change?").fill("Help desk added");
  await editor.getByRole("button", { name: "Save as a new version" }).click();
  await expect(editor.getByText("Saved as version 2.")).toBeVisible();

  // Comments on version 2 (officers may comment on a draft): one on the new paragraph, one on the preamble.
  const comment = async (passage: RegExp, body: string) => {
    await editor.getByRole("button", { name: passage }).click();
    const form = editor.getByRole("form", { name: "New comment" });
    await form.getByLabel("Your comment").fill(body);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(editor.getByText("Your comment was posted.")).toBeVisible();
  };
  await editor.goto(`/${city.slug}/workspace/consultation`);
  await comment(/^Comment on this passage \(\d+: Restorestad opens a free legal help desk/, "Where will it be?");
  await comment(/^Comment on this passage \(1: /, "A strong opening.");

  // Restoring version 1: the dialog first explains, then names the comment that would lose its passage.
  await editor.goto(`${base}/versions`);
  await editor.getByRole("button", { name: "Restore version 1" }).click();
  const dialog = editor.getByRole("dialog", { name: "Restore version 1?" });
  await expect(dialog).toContainText("Comments stay on their passages");
  await dialog.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("Version 1 does not contain the passages of these comments.");
  await expect(dialog.getByRole("alert")).toContainText("Restorestad opens a free legal help desk.");
  await expect(dialog.getByRole("alert")).not.toContainText("human rights city");
  await expectNoAxeViolations(editor);
  // Nothing was restored yet.
  await expect(editor.getByRole("rowheader", { name: "2 current" })).toBeVisible();
  await dialog.getByRole("button", { name: "Restore anyway" }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.getByRole("rowheader", { name: "3 current" })).toBeVisible();

  // The preamble's comment is still on its passage; the help desk's is marked as removed.
  await editor.goto(`/${city.slug}/workspace/consultation`);
  const kept = editor.getByRole("article").filter({ hasText: "A strong opening." });
  await expect(kept).toBeVisible();
  await expect(kept.getByText("The passage was removed from the text")).toHaveCount(0);
  await expect(editor.getByRole("article").filter({ hasText: "Where will it be?" }).getByText("The passage was removed from the text")).toBeVisible();
});
