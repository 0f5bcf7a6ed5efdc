/**
 * Absolute URLs in the catalogue and the feed (they are read outside the site, so relative links
 * do not work there). From configuration only — PUBLIC_BASE_URL, else NEXTAUTH_URL — never from
 * the request: these responses are cached and shared, and the Host header is the client's choice.
 */
export function publicBaseUrl(): string {
  for (const raw of [process.env.PUBLIC_BASE_URL, process.env.NEXTAUTH_URL]) {
    if (!raw) continue;
    try {
      const url = new URL(raw);
      return (url.origin + url.pathname).replace(/\/+$/, "");
    } catch {
      // A malformed value: try the next one.
    }
  }
  return "http://localhost:3000";
}

/** `/api/public/<city>/<file>` as an absolute URL. */
export function openDataUrl(citySlug: string, file: string): string {
  return `${publicBaseUrl()}/api/public/${encodeURIComponent(citySlug)}/${file}`;
}
