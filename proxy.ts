import { NextResponse, type NextRequest } from "next/server";
import { log } from "@/lib/kernel/log";
import { signedInPolicy } from "@/lib/kernel/security/policies.mjs";

/**
 * Every request gets an id: kept from a proxy in front (x-request-id) when it is a plain token,
 * else a new UUID. Pages, actions and route handlers read it from the request header
 * `x-request-id`, error messages quote it, and the browser sees it in the response header, so a
 * person's "reference" leads to the log line below.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

// Single-use tokens travel in these paths; they must not end up in logs.
const SECRET_PATHS = /^\/(reset-password|invite)\/[^/]+/;

/** 128 random bits, base64: a new one for every response, so a script injected into a page cannot know it. */
function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && SANE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  // Next reads the nonce from the policy on the request and puts it on every script it renders
  // (every page here is rendered per request); the browser gets the same policy on the response.
  const csp = signedInPolicy(newNonce(), { dev: process.env.NODE_ENV === "development" });

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("content-security-policy", csp);

  log("info", "request", {
    requestId,
    method: request.method,
    path: request.nextUrl.pathname.replace(SECRET_PATHS, "/$1/[redacted]"),
    userAgent: (request.headers.get("user-agent") ?? "").slice(0, 200),
  });

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Static assets need neither an id nor a log line: Next's build output, and the files of public/
  // (icon.svg; a file added there is added here). Nor do the public city pages
  // (/<city>/<nl|en>/…), their sitemap, robots.txt and the open data (/api/public/…): anonymous,
  // the same for everyone and served from the page cache, where running the proxy would cost
  // about two thirds of the throughput (docs/benchmarks.md, public-home). Their access log is the
  // reverse proxy's (docs/operations.md). Their Content-Security-Policy is the fixed one of
  // next.config.js: no nonce can be shared by everyone who gets the same cached page.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/public/|[^/]+/(?:nl|en)(?:/|$)|[^/]+/sitemap.xml$).*)"],
};
