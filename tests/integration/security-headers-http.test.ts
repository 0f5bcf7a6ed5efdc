/**
 * HSTS over HTTP, wired as Charta's HTTP server wires it (scripts/lib/http-server.mjs): sent on
 * every response when NEXTAUTH_URL is https — including one the app answers with its own headers
 * or an error — and never on a plain-http installation, where it would lock browsers out.
 * e2e/security-headers.spec.ts proves the other headers, and HSTS's absence, on the real build.
 */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { withStrictTransportSecurity } from "../../scripts/lib/transport-security.mjs";

let server: Server | undefined;

async function serve(listener: RequestListener): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** An app that answers like Next does: its own headers, sometimes an error. */
const app: RequestListener = (req, res) => {
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.statusCode = req.url === "/missing" ? 404 : 200;
  res.end("<!DOCTYPE html><p>hello</p>");
};

describe("Strict-Transport-Security", () => {
  it("is sent on every answer when NEXTAUTH_URL is https", async () => {
    const url = await serve(withStrictTransportSecurity(app, "https://charta.example.org"));
    for (const path of ["/", "/missing", "/_next/static/x.js"]) {
      const res = await fetch(url + path);
      expect(res.headers.get("strict-transport-security"), path).toBe("max-age=63072000; includeSubDomains");
    }
  });

  it("is never sent when NEXTAUTH_URL is http, missing or not a URL", async () => {
    for (const publicUrl of ["http://localhost:3000", "", "charta.example.org"]) {
      const url = await serve(withStrictTransportSecurity(app, publicUrl));
      expect((await fetch(url)).headers.get("strict-transport-security"), publicUrl).toBeNull();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });
});
