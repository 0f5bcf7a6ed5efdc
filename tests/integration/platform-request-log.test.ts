/** proxy.ts: every request but static files and cached public pages gets an id, passed on to the app and the browser, and one log line. */
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config, proxy } from "@/proxy";

function logLines(run: () => void): Record<string, unknown>[] {
  const previous = process.env.CHARTA_LOG_LEVEL;
  process.env.CHARTA_LOG_LEVEL = "info";
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
    process.env.CHARTA_LOG_LEVEL = previous;
  }
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

afterEach(() => vi.restoreAllMocks());

describe("proxy", () => {
  it("keeps a sane incoming request id and passes it on", () => {
    const request = new NextRequest("http://localhost/amsterdam/en", { headers: { "x-request-id": "lb-1234abcd", "user-agent": "Test/1.0" } });
    let response!: Response;
    const lines = logLines(() => {
      response = proxy(request);
    });
    expect(response.headers.get("x-request-id")).toBe("lb-1234abcd");
    // How NextResponse.next({ request: { headers } }) hands request headers to the app.
    expect(response.headers.get("x-middleware-request-x-request-id")).toBe("lb-1234abcd");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", requestId: "lb-1234abcd", method: "GET", path: "/amsterdam/en", userAgent: "Test/1.0" });
  });

  it.each(["", "short", "has spaces in it", "x".repeat(200), 'evil"json{}', "a\nb-injected-line"])(
    "replaces the incoming id %j by a fresh UUID",
    (incoming) => {
      const headers = new Headers();
      try {
        headers.set("x-request-id", incoming);
      } catch {
        // Headers refuses some values itself (newlines); then there is no incoming id at all.
      }
      const response = proxy(new NextRequest("http://localhost/", { headers }));
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    },
  );

  it("trims the user agent and keeps single-use tokens out of the log", () => {
    const lines = logLines(() => {
      proxy(new NextRequest("http://localhost/reset-password/SECRET-TOKEN?x=1", { headers: { "user-agent": "U".repeat(1000) } }));
      proxy(new NextRequest("http://localhost/invite/SECRET-TOKEN", { method: "POST" }));
    });
    expect(lines.map((l) => l.path)).toEqual(["/reset-password/[redacted]", "/invite/[redacted]"]);
    expect(lines[1]!.method).toBe("POST");
    expect((lines[0]!.userAgent as string).length).toBe(200);
    expect(JSON.stringify(lines)).not.toContain("SECRET-TOKEN");
  });

  // Next's own matcher logic (path-to-regexp), not a re-implementation of it.
  const matches = (path: string) => unstable_doesMiddlewareMatch({ config, url: `http://localhost${path}` });

  it.each([
    "/_next/static/chunks/app.js",
    "/_next/image",
    "/favicon.ico",
    "/icon.svg",
    "/robots.txt",
    "/amsterdam/en",
    "/amsterdam/nl/",
    "/amsterdam/nl/commitments/S1",
    "/amsterdam/sitemap.xml",
    "/api/public/amsterdam/commitments.csv",
  ])("leaves %s out: static, or a cached public page or file the reverse proxy logs", (path) => expect(matches(path)).toBe(false));

  it.each([
    "/",
    "/login",
    "/amsterdam",
    "/amsterdam/workspace",
    "/amsterdam/workspace/settings",
    "/amsterdam/english",
    "/api/health",
    "/api/auth/session",
    "/api/cities/amsterdam/evidence/1",
    "/admin",
    "/invite/TOKEN",
  ])("gives %s an id and a log line", (path) => expect(matches(path)).toBe(true));
});
