/**
 * The security headers' values, in one place (docs/architecture.md, "Security headers"). Plain
 * JavaScript: next.config.js (public pages, every path), proxy.ts (signed-in pages and the API) and
 * Charta's HTTP server (HSTS) all read them.
 */

/** What every policy shares: Charta's own origin only, no plugins, no framing, forms to itself. */
const COMMON = [
  ["default-src", "'self'"],
  // data: and blob: are the inline images and downloads Charta makes itself; the city logo is
  // Charta's own file (lib/features/city-settings/logo), never another site's address.
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self'"],
  // Style attributes cannot carry a nonce, and React writes them (progress bars, the city's colour,
  // charts), as Tiptap adds its stylesheet: inline styles stay allowed, and a nonce in style-src
  // would switch that off.
  ["style-src", "'self' 'unsafe-inline'"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
  ["frame-ancestors", "'none'"],
];

function policy(scriptSrc) {
  return [...COMMON, ["script-src", scriptSrc]].map(([name, value]) => `${name} ${value}`).join("; ");
}

/**
 * Signed-in pages, the sign-in pages and the API (proxy.ts): a script runs only with this
 * response's nonce, which Next puts on its own scripts when it finds the policy on the request;
 * 'strict-dynamic' lets those load the chunks they need. Development also needs eval (React's
 * error overlay).
 */
export function signedInPolicy(nonce, { dev = false } = {}) {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
}

/**
 * The public city pages, their sitemap and the open data (next.config.js). They are rendered once
 * and served from the cache to everyone, so a nonce would be the same for every visitor, and the
 * inline scripts Next writes into them carry each page's own data (the React payload), so no fixed
 * list of hashes can name them: inline scripts are allowed, from this origin only.
 */
export function publicPolicy({ dev = false } = {}) {
  return policy(`'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`);
}

/** Browser features no page of Charta uses, switched off for every page and anything it embeds. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
].join(", ");

/**
 * HSTS only when Charta's public address (NEXTAUTH_URL) is https: sent on a plain-http
 * installation it would lock browsers out of it for two years. Behind a proxy that terminates TLS,
 * Charta itself speaks http but NEXTAUTH_URL names https, and the header reaches the browser.
 */
export function strictTransportSecurity(publicUrl) {
  if (!publicUrl) return null;
  try {
    return new URL(publicUrl).protocol === "https:" ? "max-age=63072000; includeSubDomains" : null;
  } catch {
    return null;
  }
}
