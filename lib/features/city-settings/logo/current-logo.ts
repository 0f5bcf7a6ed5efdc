/**
 * The city's logo: at most one, the `StoredFile` under the key "logo" in the city's own schema.
 * That row is the only record of it — its `sha256` column is the current logo's hash — so the
 * bytes, the hash and the audit entry change in one transaction, and a city backup (and a restore,
 * also over an existing city) carries exactly the logo it names. It is served by Charta at
 * /api/public/<city>/logo/<sha256> (./logo-response.ts): a new logo is a new URL, so the old one
 * can be cached for a year.
 *
 * (No "server-only" import: the demo seed stores its cities' logos under plain Node.)
 */
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { DocumentLogo } from "@/lib/kernel/documents/document-html";
import { readStoredFile, storedFileMeta } from "@/lib/kernel/storage/stored-files";
import { jpegSize, LOGO_MIME_TYPES, pngSize } from "./image-header";

export const LOGO_KEY = "logo";

export interface CityLogo {
  sha256: string;
  mimeType: string;
  size: number;
  createdAt: Date;
}

/** The city's logo (without its bytes), or null. */
export async function currentLogo(db: CityDb | CityTx): Promise<CityLogo | null> {
  const meta = await storedFileMeta(db, { key: LOGO_KEY });
  // Anything else under the key (a hand-made backup, say) is not shown as an image.
  if (!meta || meta.purpose !== "logo" || !LOGO_MIME_TYPES.includes(meta.mimeType)) return null;
  return { sha256: meta.sha256, mimeType: meta.mimeType, size: meta.size, createdAt: meta.createdAt };
}

/** Where Charta serves a logo: same origin, so pages need no image host of anyone else. */
export function logoPath(slug: string, sha256: string): string {
  return `/api/public/${slug}/logo/${sha256}`;
}

/** The logo as the settings pages show it. */
export interface CityLogoView {
  sha256: string;
  url: string;
  mimeType: string;
  size: number;
  uploadedAt: Date;
}

export function logoView(slug: string, logo: CityLogo): CityLogoView {
  return { sha256: logo.sha256, url: logoPath(slug, logo.sha256), mimeType: logo.mimeType, size: logo.size, uploadedAt: logo.createdAt };
}

/** The logo as printed documents embed it (they load nothing from the network): bytes and pixel size. */
export async function documentLogo(db: CityDb | CityTx): Promise<DocumentLogo | null> {
  const file = await readStoredFile(db, { key: LOGO_KEY });
  if (!file || file.purpose !== "logo" || !LOGO_MIME_TYPES.includes(file.mimeType)) return null;
  const size = file.mimeType === "image/png" ? pngSize(file.bytes) : jpegSize(file.bytes);
  return size ? { bytes: file.bytes, mimeType: file.mimeType, ...size } : null;
}
