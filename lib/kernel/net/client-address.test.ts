import { describe, expect, it } from "vitest";
import { normalizeAddress, resolveClientAddress } from "./client-address";
import { parseTrustedProxies, ProxyConfigError } from "./trusted-proxies";

const none = parseTrustedProxies(undefined);

describe("resolveClientAddress", () => {
  it("without trusted proxies: the socket's address, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress({ peer: "203.0.113.5", forwardedFor: ["198.51.100.1"] }, none)).toBe("203.0.113.5");
    expect(resolveClientAddress({ peer: "::ffff:203.0.113.5", forwardedFor: [] }, none)).toBe("203.0.113.5");
    expect(resolveClientAddress({ peer: null, forwardedFor: ["198.51.100.1"] }, none)).toBeNull();
  });

  it("behind trusted proxies: the nearest address that is not one of them; forged entries further left are never reached", () => {
    const trust = parseTrustedProxies("10.0.0.0/8, 2001:db8::/32");
    // client → proxy 10.0.0.2 (appends the client) → Charta
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: ["203.0.113.9"] }, trust)).toBe("203.0.113.9");
    // A client that writes its own X-Forwarded-For: the proxy appends the real address after it.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: ["1.2.3.4, 5.6.7.8", "203.0.113.9"] }, trust)).toBe("203.0.113.9");
    // Two proxies in a row.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: ["203.0.113.9, 10.1.2.3"] }, trust)).toBe("203.0.113.9");
    // Straight to Charta, past the proxy: the header is ignored.
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: ["10.0.0.7"] }, trust)).toBe("203.0.113.9");
    // Garbage from a trusted hop vouches for nothing further.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: ["evil, not-an-ip"] }, trust)).toBe("10.0.0.2");
    // Some proxies write IPv6 in brackets.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: ["[2001:db9::1]"] }, trust)).toBe("2001:db9::1");
  });

  it("a hop count trusts exactly that many hops", () => {
    const one = parseTrustedProxies("1");
    expect(resolveClientAddress({ peer: "192.0.2.1", forwardedFor: ["1.2.3.4, 203.0.113.9"] }, one)).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "192.0.2.1", forwardedFor: [] }, one)).toBe("192.0.2.1");
    const two = parseTrustedProxies("2");
    expect(resolveClientAddress({ peer: "192.0.2.1", forwardedFor: ["1.2.3.4, 203.0.113.9, 192.0.2.2"] }, two)).toBe("203.0.113.9");
  });

  it("keywords and validation of TRUSTED_PROXIES", () => {
    const trust = parseTrustedProxies("loopback, private");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: ["192.168.1.1, 203.0.113.9"] }, trust)).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "::1", forwardedFor: ["203.0.113.9"] }, trust)).toBe("203.0.113.9");
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(ProxyConfigError);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/not an address/);
    expect(() => parseTrustedProxies("0")).toThrow(/between 1 and 10/);
  });

  it("normalizes addresses", () => {
    expect(normalizeAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("example.org")).toBeNull();
  });
});
