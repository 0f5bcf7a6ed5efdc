/**
 * Headers present (issue 11.7, attack suite): every page and API answer carries a
 * Content-Security-Policy, a Permissions-Policy and the other headers a security review asks for,
 * against the production build. Signed-in pages allow only scripts that carry this response's
 * nonce; the public pages, cached and the same for everyone, carry a fixed policy. In a browser
 * nothing Charta needs is refused by its own policy: the sign-in form, the Tiptap editor, the
 * recharts dashboard and the public pages run without a single violation.
 */
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers/auth";

test.use({ locale: "en-US" });

/** The policy as a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** Sources a policy may name: keywords, this site, data: and blob: URLs — no other origin. */
const FIRST_PARTY = /^('[a-z-]+'|'nonce-[A-Za-z0-9+/=_-]+'|data:|blob:)$/;

function expectBaseline(response: APIResponse, url: string): Map<string, string[]> {
  const headers = response.headers();
  const policy = headers["content-security-policy"];
  expect(policy, `${url}: Content-Security-Policy`).toBeTruthy();
  const csp = directives(policy!);
  expect(csp.get("object-src"), `${url}: object-src`).toEqual(["'none'"]);
  expect(csp.get("base-uri"), `${url}: base-uri`).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors"), `${url}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get("form-action"), `${url}: form-action`).toEqual(["'self'"]);
  expect(csp.get("default-src"), `${url}: default-src`).toBeTruthy();
  for (const [name, sources] of csp) {
    for (const source of sources) expect(source, `${url}: ${name} names another origin`).toMatch(FIRST_PARTY);
  }
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera", "microphone", "geolocation"]) expect(permissions, `${url}: Permissions-Policy`).toContain(`${feature}=()`);
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  // e2e/server.ts serves plain http (NEXTAUTH_URL http://localhost): HSTS only over https
  // (tests/integration/security-headers-http.test.ts proves the https side on Charta's server).
  expect(headers["strict-transport-security"], `${url}: HSTS over http`).toBeUndefined();
  return csp;
}

/** The nonce of a policy's script-src, which must rely on it alone for scripts. */
function scriptNonce(csp: Map<string, string[]>, url: string): string {
  const scriptSrc = csp.get("script-src") ?? [];
  const nonces = scriptSrc.filter((s) => s.startsWith("'nonce-"));
  expect(nonces, `${url}: one nonce in script-src`).toHaveLength(1);
  expect(scriptSrc, `${url}: no inline scripts without the nonce`).not.toContain("'unsafe-inline'");
  expect(scriptSrc, `${url}: no eval in production`).not.toContain("'unsafe-eval'");
  return nonces[0]!.slice("'nonce-".length, -1);
}

/** Every <script> element of an HTML document, as sent. */
function scriptTags(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
}

test("a signed-in page: a nonce per response, carried by every script of the page", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "officer"));
  const url = "/zonnestad/workspace";
  const first = await page.request.get(url);
  expect(first.status()).toBe(200);
  const nonce = scriptNonce(expectBaseline(first, url), url);
  expect(nonce.length).toBeGreaterThanOrEqual(16);

  const html = await first.text();
  const scripts = scriptTags(html);
  expect(scripts.filter((s) => !/\bsrc=/.test(s)).length, "the page has inline scripts (Next's bootstrap)").toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, "every script carries this response's nonce").toContain(`nonce="${nonce}"`);

  const second = await page.request.get(url);
  expect(scriptNonce(directives(second.headers()["content-security-policy"]!), url)).not.toBe(nonce);
});

test("the sign-in page and the landing page carry the nonce policy too", async ({ request }) => {
  for (const url of ["/login", "/"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const nonce = scriptNonce(expectBaseline(response, url), url);
    for (const tag of scriptTags(await response.text())) expect(tag, `${url}: ${tag}`).toContain(`nonce="${nonce}"`);
  }
});

test("a public page: a fixed policy without third-party origins, the same for every visitor", async ({ request }) => {
  for (const url of ["/zonnestad/nl", "/riverton/en/commitments"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const csp = expectBaseline(response, url);
    // Cached pages: a nonce in their policy would be the same for everyone, so there is none.
    expect(
      [...csp.values()].flat().some((s) => s.startsWith("'nonce-")),
      url,
    ).toBe(false);
  }
  // A public page that does not exist is framed by the same policy.
  expectBaseline(await request.get("/zonnestad/nl/commitments/NO-SUCH-KEY"), "public 404");
});

test("API routes: signed-in, public open data and health", async ({ page }) => {
  await signIn(page, demoUser("zonnestad", "officer"));
  for (const url of ["/api/health", "/api/public/zonnestad/commitments.csv", "/api/cities/zonnestad/commitments/export?format=csv", "/api/auth/session"]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expectBaseline(response, url);
  }
});

/** Records every CSP violation and script error of the page (Playwright's init script is not subject to the page's CSP). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const reported: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Permissions-Policy|Permissions Policy/i.test(m.text())) reported.push(m.text());
  });
  // A script that stopped half-way (hydration, the not-found pages' signal) shows up here.
  page.on("pageerror", (e) => reported.push(`page error: ${e.message}`));
  return async () => [...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)), ...reported];
}

test("nothing Charta needs is refused by its own policy: sign-in, editor, charts, public pages", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  // The sign-in form works only with its scripts running (next-auth signs in through fetch).
  await signIn(page, demoUser("riverton", "officer"), { to: "/riverton/workspace/declaration/edit" });
  // Tiptap mounts its editor in the browser.
  await expect(page.getByRole("textbox", { name: "Text of the declaration" })).toBeVisible();
  expect(await violations(), "declaration editor").toEqual([]);

  await page.goto("/riverton/workspace/dashboard");
  // recharts draws its charts in the browser.
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  expect(await violations(), "dashboard").toEqual([]);

  // Public pages, and pages that do not exist: in the workspace, in a city's public site, anywhere.
  for (const url of [
    "/riverton/en",
    "/riverton/en/declaration",
    "/zonnestad/nl/commitments",
    "/riverton/workspace/commitments/none",
    "/riverton/en/commitments/NONE",
    "/no/such/page",
  ]) {
    await page.goto(url, { waitUntil: "networkidle" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations(), url).toEqual([]);
  }
});
