import "server-only";

/** The public base URL from the configuration (NEXTAUTH_URL), without a trailing slash, or null. */
export function configuredAppUrl(): string | null {
  const raw = process.env.NEXTAUTH_URL;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return (url.origin + url.pathname).replace(/\/+$/, "");
  } catch {
    return null;
  }
}

/**
 * An absolute link into Charta for a person to open later (invitation, password reset, reminder,
 * the redirect URI shown for identity providers). Always on the configured base URL: the Host and
 * X-Forwarded-Host headers are chosen by whoever sends the request, and a reset link built from
 * them would carry the token to the sender's host. Without NEXTAUTH_URL there is no safe answer,
 * so this throws (the launchers always set it; instrumentation-node.ts checks it at start-up).
 */
export function appLink(path: string): string {
  const base = configuredAppUrl();
  if (!base) throw new Error("NEXTAUTH_URL is not set (or not an http(s) URL): Charta cannot build links for mails without its public base URL.");
  return base + (path.startsWith("/") ? path : `/${path}`);
}

/** appLink for callers that await (kept async for them). */
export async function absoluteAppUrl(path: string): Promise<string> {
  return appLink(path);
}
