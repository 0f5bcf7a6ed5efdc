import { BlockList, isIP } from "node:net";

/**
 * Which hops may tell Charta the client's address in X-Forwarded-For, from TRUSTED_PROXIES:
 * - unset or empty: none. The client is the TCP peer and every forwarded header is ignored, so a
 *   client cannot choose the address the sign-in limits count it under;
 * - a list of addresses and CIDR ranges, comma separated (`10.0.0.0/8, 2001:db8::/32, 192.0.2.7`),
 *   plus the words `loopback` (127.0.0.0/8, ::1) and `private` (10/8, 172.16/12, 192.168/16,
 *   fc00::/7): hops from these addresses are proxies, and the client is the nearest address in the
 *   chain that is not one;
 * - a number N (`1`): the last N hops are proxies whatever their address. Only safe when nothing
 *   can reach Charta except through exactly those proxies.
 */
export type ProxyTrust = { kind: "none" } | { kind: "list"; list: BlockList } | { kind: "hops"; hops: number };

const KEYWORDS: Record<string, [string, number, "ipv4" | "ipv6"][]> = {
  loopback: [
    ["127.0.0.0", 8, "ipv4"],
    ["::1", 128, "ipv6"],
  ],
  private: [
    ["10.0.0.0", 8, "ipv4"],
    ["172.16.0.0", 12, "ipv4"],
    ["192.168.0.0", 16, "ipv4"],
    ["fc00::", 7, "ipv6"],
  ],
};

export class ProxyConfigError extends Error {}

export function parseTrustedProxies(raw: string | undefined): ProxyTrust {
  const value = (raw ?? "").trim();
  if (!value) return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10) throw new ProxyConfigError(`TRUSTED_PROXIES=${value}: a hop count must be between 1 and 10`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of value
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)) {
    const keyword = KEYWORDS[entry];
    if (keyword) {
      for (const [net, prefix, type] of keyword) list.addSubnet(net, prefix, type);
      continue;
    }
    const [address, prefixText, extra] = entry.split("/");
    const version = isIP(address ?? "");
    if (!address || !version || extra !== undefined)
      throw new ProxyConfigError(`TRUSTED_PROXIES: "${entry}" is not an address, a CIDR range, "loopback" or "private"`);
    const type = version === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (version === 4 ? 32 : 128))
      throw new ProxyConfigError(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return { kind: "list", list };
}

let cached: { raw: string | undefined; trust: ProxyTrust } | undefined;

/** The configured trust, parsed once per value (a test may change the environment). */
export function proxyTrust(): ProxyTrust {
  const raw = process.env.TRUSTED_PROXIES;
  if (!cached || cached.raw !== raw) cached = { raw, trust: parseTrustedProxies(raw) };
  return cached.trust;
}

export function isTrustedProxy(trust: ProxyTrust, address: string): boolean {
  if (trust.kind !== "list") return false;
  const version = isIP(address);
  return version !== 0 && trust.list.check(address, version === 4 ? "ipv4" : "ipv6");
}
