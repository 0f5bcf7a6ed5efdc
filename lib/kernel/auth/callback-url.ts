/**
 * Where to go after signing in. Only a path on this site is honoured: "https://evil.example",
 * "//evil.example" and "/\evil.example" (browsers treat the last two as other hosts) fall back to
 * "/", so a crafted sign-in link cannot send a person elsewhere (open redirect).
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters (tab, newline) are stripped by URL parsers and can rebuild "//".
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const base = "http://charta.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
