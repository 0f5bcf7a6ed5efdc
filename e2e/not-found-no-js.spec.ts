/**
 * A page that does not exist reads without JavaScript (issue 19.6). Fetched over plain HTTP — no
 * browser, no scripts — a 404 inside a city's public site or workspace answers status 404 with the
 * not-found text in the HTML, framed by the layout, in the page's language, and says nothing about
 * a city the person may not see. Before, Next sent an empty shell (<html id="__next_error__">)
 * and the text came only with the client's JavaScript.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoUser, signIn } from "./helpers/auth";

test.use({ locale: "en-US" });

const TEXT = {
  en: { title: "Page not found", lang: "en" },
  nl: { title: "Pagina niet gevonden", lang: "nl" },
} as const;

/** What a reader without JavaScript sees: the HTML without its scripts, styles and tags. */
function readableText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, " ")
    .replace(/<style\b[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

async function expectReadableNotFound(
  request: APIRequestContext,
  url: string,
  lang: keyof typeof TEXT,
  opts: { headers?: Record<string, string>; absent?: string[] } = {},
) {
  const response = await request.get(url, { headers: opts.headers, maxRedirects: 0 });
  expect(response.status(), url).toBe(404);
  const html = await response.text();
  expect(html, `${url}: not Next's empty error shell`).not.toContain('id="__next_error__"');
  expect(html, `${url}: language`).toMatch(new RegExp(`<html[^>]*\\blang="${TEXT[lang].lang}"`));
  const text = readableText(html);
  expect(text, `${url}: readable without JavaScript`).toContain(TEXT[lang].title);
  for (const word of opts.absent ?? []) expect(text, `${url}: names ${word}`).not.toContain(word);
}

test("public pages: an unknown city, commitment or report year reads as 404 without JavaScript, in the URL's language", async ({ request }) => {
  await expectReadableNotFound(request, "/no-such-city/nl", "nl");
  await expectReadableNotFound(request, "/no-such-city/en/commitments", "en");
  await expectReadableNotFound(request, "/zonnestad/en/commitments/NO-SUCH-KEY", "en");
  await expectReadableNotFound(request, "/zonnestad/nl/commitments/NO-SUCH-KEY", "nl");
  await expectReadableNotFound(request, "/riverton/nl/reports/1901", "nl");
});

test("workspace: a missing resource and another city read as 404 without JavaScript, in the person's language", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "officer"));
  const en = { "Accept-Language": "en" };
  const nl = { "Accept-Language": "nl" };
  // page.request: the signed-in cookies, but no rendering and no scripts.
  await expectReadableNotFound(page.request, `/zonnestad/workspace/commitments/${randomUUID()}`, "en", { headers: en });
  await expectReadableNotFound(page.request, `/zonnestad/workspace/commitments/${randomUUID()}`, "nl", { headers: nl });
  await expectReadableNotFound(page.request, `/zonnestad/workspace/action-plan/${randomUUID()}`, "en", { headers: en });
  await expectReadableNotFound(page.request, "/zonnestad/workspace/framework/X99", "en", { headers: en });
  await expectReadableNotFound(page.request, `/zonnestad/workspace/reports/${randomUUID()}`, "nl", { headers: nl });
  // Another city, or none: the same answer, and not a word about Riverton.
  await expectReadableNotFound(page.request, "/riverton/workspace", "en", { headers: en, absent: ["Riverton", "riverton"] });
  await expectReadableNotFound(page.request, `/riverton/workspace/commitments/${randomUUID()}`, "nl", { headers: nl, absent: ["Riverton", "riverton"] });
  await expectReadableNotFound(page.request, "/no-such-city/workspace/dashboard", "en", { headers: en, absent: ["Riverton", "riverton"] });
});
