import { isIP } from "node:net";
import { peerAddress } from "./peer-address";
import { isTrustedProxy, proxyTrust, type ProxyTrust } from "./trusted-proxies";

/** "::ffff:192.0.2.1" (IPv4 on a dual-stack socket) → "192.0.2.1"; anything else as it is. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  const value = raw?.trim().replace(/^\[|\]$/g, "");
  if (!value) return null;
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value)?.[1];
  const address = v4 ?? value.toLowerCase();
  return isIP(address) ? address : null;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined | null;

function headerValues(headers: HeaderBag, name: string): string[] {
  if (!headers) return [];
  if (typeof (headers as Headers).get === "function") {
    const v = (headers as Headers).get(name);
    return v ? [v] : [];
  }
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * The client's address as far as it can be trusted: the TCP peer, unless the peer is a trusted
 * proxy (TRUSTED_PROXIES, lib/kernel/net/trusted-proxies.ts); then X-Forwarded-For is read from the right,
 * each trusted hop vouching for the one before it, and the first address that is not a trusted
 * proxy is the client. A forged entry further left is never reached. Null when the peer is unknown
 * (Charta not served through scripts/lib/http-server.mjs, or a test without one).
 */
export function resolveClientAddress(input: { peer: string | null; forwardedFor: string[] }, trust: ProxyTrust): string | null {
  const peer = normalizeAddress(input.peer);
  if (!peer) return null;
  if (trust.kind === "none") return peer;
  const chain = input.forwardedFor
    .join(",")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const hops = [...chain, peer];
  if (trust.kind === "hops") {
    // The last `hops` entries are proxies; the one before them is the client.
    const index = hops.length - 1 - trust.hops;
    return index >= 0 ? (normalizeAddress(hops[index]) ?? normalizeAddress(hops[index + 1])) : normalizeAddress(hops[0]);
  }
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = normalizeAddress(hops[i]);
    // A trusted proxy passed on something that is not an address: it vouches for nothing further.
    if (!address) return client;
    client = address;
    if (!isTrustedProxy(trust, address)) return address;
  }
  return client;
}

/** The current request's client address (see resolveClientAddress), from its headers and the socket. */
export function clientAddress(headers: HeaderBag): string | null {
  return resolveClientAddress({ peer: peerAddress(), forwardedFor: headerValues(headers, "x-forwarded-for") }, proxyTrust());
}
