/**
 * The city logo as people meet it (issue 11.7): uploaded in the browser, refused with a message
 * when it is an SVG, shown by Charta itself in the headers and in link previews, removed after a
 * question. No page shows an image from another host.
 */
import { expect, test, type Page } from "@playwright/test";
import { encodePng } from "../scripts/demo-data/png";
import { createCity } from "./helpers/admin";
import { demoUser, PLATFORM_ADMIN, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ locale: "en-US" });

const LOGO_URL = /^\/api\/public\/[a-z0-9-]+\/logo\/[0-9a-f]{64}$/;

/** Every image on the page comes from Charta's own origin (or is inline), and has loaded. */
async function expectOnlyOwnImages(page: Page) {
  const images = await page
    .locator("img")
    .evaluateAll((els) => els.map((e) => ({ src: e.getAttribute("src") ?? "", loaded: (e as HTMLImageElement).naturalWidth > 0 })));
  for (const img of images) {
    expect(img.src, "an image from elsewhere").toMatch(/^(\/|data:)/);
    expect(img.loaded, `${img.src} did not load`).toBe(true);
  }
  return images;
}

test("the platform admin uploads a city's logo, the public pages and link previews show it from Charta, and it can be removed", async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, PLATFORM_ADMIN);
  const city = await createCity(page, { defaultLanguage: "English" });
  await page.goto(`/admin/cities/${city.slug}`, { waitUntil: "networkidle" });
  const panel = page.getByRole("region", { name: "Logo" });
  await expect(panel.getByText("The city has no logo yet")).toBeVisible();

  // An SVG is refused with a message that says why, whatever it is called.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>`;
  await panel.getByLabel("Logo file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(svg) });
  await panel.getByRole("button", { name: "Upload logo" }).click();
  await expect(panel.getByText("SVG files cannot be used, because they can contain scripts.")).toBeVisible();

  // A PNG is taken; the preview loads from Charta.
  const png = Buffer.from(encodePng(60, 30, (x) => (x < 30 ? [15, 118, 110, 255] : [250, 204, 21, 255])));
  await panel.getByLabel("Logo file").setInputFiles({ name: "stadslogo.png", mimeType: "image/png", buffer: png });
  await panel.getByRole("button", { name: "Upload logo" }).click();
  await expect(panel.getByRole("status")).toContainText("The logo has been saved.");
  const preview = panel.getByRole("img", { name: `Logo of ${city.name}` });
  await expect(preview).toBeVisible();
  const src = (await preview.getAttribute("src"))!;
  expect(src).toMatch(LOGO_URL);
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(60);
  await expectNoAxeViolations(page);

  // The public page's header shows it from the same URL; Open Graph names it absolutely.
  await page.goto(`/${city.slug}/en`);
  const images = await expectOnlyOwnImages(page);
  expect(images.map((i) => i.src)).toContain(src);
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toBe(new URL(src, page.url()).href);

  // Served by Charta: the type, nosniff, a year's immutable caching, 304 for a client that has it.
  const res = await request.get(src);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await res.body()).equals(png)).toBe(true);
  expect((await request.get(src, { headers: { "If-None-Match": res.headers()["etag"]! } })).status()).toBe(304);

  // Removed after a question: gone from the public page, its URL answers 404.
  await page.goto(`/admin/cities/${city.slug}`, { waitUntil: "networkidle" });
  await panel.getByRole("button", { name: "Remove logo" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove the logo?" });
  await expect(dialog).toContainText("Documents already published keep it.");
  await dialog.getByRole("button", { name: "Remove logo" }).click();
  await expect(panel.getByRole("status")).toContainText("The logo has been removed.");
  await expect(panel.getByText("The city has no logo yet")).toBeVisible();
  expect((await request.get(src)).status()).toBe(404);
  await page.goto(`/${city.slug}/en`);
  expect(await page.locator("img").count()).toBe(0);
  expect(await page.locator('meta[property="og:image"]').count()).toBe(0);
});

test("a demo city's admin sees the city's logo in the workspace header and on the settings page", async ({ page }) => {
  await signIn(page, demoUser("riverton", "admin"));
  const header = page.getByRole("banner");
  await expect(header.locator("img")).toHaveAttribute("src", LOGO_URL);
  await expectOnlyOwnImages(page);
  await page.goto("/riverton/workspace/settings", { waitUntil: "networkidle" });
  const panel = page.getByRole("region", { name: "Logo" });
  await expect(panel.getByRole("img", { name: "Logo of Riverton" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Replace logo" })).toBeVisible();
  await expect(panel.getByLabel("Logo file")).toHaveAttribute("accept", "image/png,image/jpeg");
  await expectOnlyOwnImages(page);
  await expectNoAxeViolations(page);
});
