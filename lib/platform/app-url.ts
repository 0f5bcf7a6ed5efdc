import "server-only";
import { headers } from "next/headers";

/** The public base URL from the configuration (NEXTAUTH_URL), without a trailing slash, or null. */
export function configuredAppUrl(): string | null {
  const raw = process.env.NEXTAUTH_URL;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return (url.origin + url.pathname).replace(/\/+$/, "");
  } catch {
    return null;
  }
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * An absolute link into Charta for a person to open later (set-password and invitation links).
 * Prefer NEXTAUTH_URL: the Host header is chosen by the client, so it is only a fallback for
 * setups without configuration, and only when it looks like a host name.
 */
export async function absoluteAppUrl(path: string): Promise<string> {
  const base = configuredAppUrl() ?? (await baseFromRequest());
  return base + (path.startsWith("/") ? path : `/${path}`);
}

async function baseFromRequest(): Promise<string> {
  try {
    const h = await headers();
    const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(",")[0]!.trim();
    const proto = (h.get("x-forwarded-proto") ?? "").split(",")[0]!.trim();
    if (HOST.test(host)) return `${proto === "https" ? "https" : "http"}://${host}`;
  } catch {
    // Outside a request (scripts, tests): fall through to the local default.
  }
  return "http://localhost:3000";
}
