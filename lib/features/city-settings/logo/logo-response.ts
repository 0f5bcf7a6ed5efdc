/**
 * GET /api/public/<city>/logo/<sha256>: the city's current logo, for anyone (public pages, the
 * workspace header, link previews). The hash in the URL must be the current logo's: another
 * city's hash, an old logo's or a made-up one answers 404, and so does an unknown or suspended
 * city. Nothing is written on the way (no cache entry, no file), whatever the URL.
 */
import "server-only";
import { cachedBytes, keepBytes } from "@/lib/features/publication/documents/bytes-cache";
import { notModified, notModifiedResponse, storedFileResponse } from "@/lib/kernel/storage/stored-file-response";
import { readStoredFile } from "@/lib/kernel/storage/stored-files";
import { LOGO_KEY } from "./current-logo";
import { findActiveCityLogo, SHA256_HEX } from "./public-logo";

/** The URL names the bytes, so they never change under it: a year, and no revalidation. */
export const LOGO_CACHE_CONTROL = "public, max-age=31536000, immutable";

/**
 * As GitHub serves user content: the bytes are an image, but opened on their own they must not
 * become a document that runs anything in Charta's origin.
 */
const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** The answer (200 or 304), or null for 404. */
export async function publicLogoResponse(request: Request, slug: string, sha256: string): Promise<Response | null> {
  if (!SHA256_HEX.test(sha256)) return null;
  const found = await findActiveCityLogo(slug);
  if (!found?.logo || found.logo.sha256 !== sha256) return null;
  const meta = found.logo;
  const extra = { "Content-Security-Policy": LOGO_CSP, "X-Content-Type-Options": "nosniff" };
  if (notModified(request, meta)) return withHeaders(notModifiedResponse(meta, LOGO_CACHE_CONTROL), extra);
  const cacheKey = `${found.schemaName}:logo:${sha256}`;
  let bytes = cachedBytes(cacheKey);
  if (!bytes) {
    const file = await readStoredFile(found.db, { key: LOGO_KEY });
    // Replaced between the two reads: this URL's bytes are gone.
    if (!file || file.sha256 !== sha256) return null;
    bytes = file.bytes;
    keepBytes(cacheKey, bytes);
  }
  const extension = meta.mimeType === "image/png" ? "png" : "jpg";
  const response = storedFileResponse(
    { ...meta, id: "", purpose: "logo", key: LOGO_KEY, name: `logo.${extension}`, bytes },
    { cacheControl: LOGO_CACHE_CONTROL, disposition: "inline" },
  );
  return withHeaders(response, extra);
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
