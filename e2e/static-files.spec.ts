/**
 * Static files live in public/ (issue 19.1). The site icon is linked from every layout with its
 * content's version, served from there with a year's immutable caching under that address and a
 * day's under the bare name, and never passes through the proxy (no request id, no log line).
 */
import { expect, test } from "@playwright/test";
import { SITE_ICON_VERSION } from "../lib/features/cities/site-icon";

const ICON = `/icon.svg?v=${SITE_ICON_VERSION}`;

test("the site icon: linked by every layout, cached for a year under its versioned address", async ({ request }) => {
  // The signed-in area's layout (the landing page), a public city page, and a URL that matches no route.
  for (const url of ["/", "/zonnestad/nl", "/no/such/page"]) {
    const html = await (await request.get(url)).text();
    expect(html, url).toMatch(new RegExp(`<link rel="icon" href="${ICON.replace(/[?.]/g, "\\$&")}"`));
  }

  const versioned = await request.get(ICON);
  expect(versioned.status()).toBe(200);
  expect(versioned.headers()["content-type"]).toContain("image/svg+xml");
  expect(versioned.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(versioned.headers()["x-request-id"], "the proxy does not run for static files").toBeUndefined();
  expect(await versioned.text()).toContain("<svg");

  const bare = await request.get("/icon.svg");
  expect(bare.status()).toBe(200);
  expect(bare.headers()["cache-control"]).toBe("public, max-age=86400");
  const etag = bare.headers()["etag"];
  expect(etag).toBeTruthy();
  expect((await request.get("/icon.svg", { headers: { "If-None-Match": etag! } })).status()).toBe(304);
});
