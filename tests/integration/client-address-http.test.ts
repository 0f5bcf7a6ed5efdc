/**
 * The client address as the sign-in limits see it, over real HTTP: a server wired like Charta's
 * (scripts/lib/http-server.mjs records each request's socket in the peer store), a handler that
 * resolves the address as the auth route does. Rotating X-Forwarded-For changes nothing unless
 * the socket belongs to a configured proxy.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/kernel/net/client-address";
import { withPeerAddress } from "../../scripts/lib/peer-store.mjs";

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(
    withPeerAddress(async (req, res) => {
      // As in a route handler: the work happens later in the same request, after an await.
      await new Promise((r) => setTimeout(r, 1));
      res.end(clientAddress(req.headers as Record<string, string>) ?? "unknown");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

const seen = async (forwardedFor: string) => (await fetch(url, { headers: { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor } })).text();

describe("the client address over HTTP", () => {
  it("without trusted proxies, a rotated X-Forwarded-For is ignored: every request counts under the socket's address", async () => {
    const answers = new Set<string>();
    for (let i = 1; i <= 20; i++) answers.add(await seen(`203.0.113.${i}`));
    expect([...answers]).toEqual(["127.0.0.1"]);
  });

  it("behind a configured proxy, the address it forwards counts", async () => {
    process.env.TRUSTED_PROXIES = "loopback";
    expect(await seen("198.51.100.7")).toBe("198.51.100.7");
    expect(await seen("1.1.1.1, 198.51.100.8")).toBe("198.51.100.8");
  });

  it("outside a request served this way, the address is unknown (never taken from a header)", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.1" })).toBeNull();
  });
});
