/**
 * What a city logo may be, decided from the bytes alone (never the file's name or the browser's
 * claim): a PNG or a JPEG, at most 1 MB, at most 4000 × 4000 pixels as its own header states.
 *
 * - SVG is refused: it is a document that can carry scripts and links, and opened on its own URL it
 *   would run them in Charta's origin. Sanitising SVG safely is a project of its own; a PNG does
 *   the job of a logo. WebP is refused too: the Word documents embed the logo, and Word reads
 *   only PNG and JPEG reliably.
 * - The pixel limit keeps a "decompression bomb" out: a small file whose header claims, say,
 *   50,000 × 50,000 pixels makes every browser that shows it reserve gigabytes. 4000 × 4000
 *   (64 MB decoded at worst) is far more than a logo needs.
 * - A PNG must be whole: its chunks are walked from the header to IEND, so an HTML page or script
 *   with a PNG signature in front is refused rather than stored (it would be served as image/png
 *   with nosniff anyway; this makes the refusal explicit).
 */

export const MAX_LOGO_BYTES = 1024 * 1024;
export const MAX_LOGO_SIDE = 4000;

export const LOGO_FORMATS = {
  png: { mimeType: "image/png", extension: "png" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
} as const;
export type LogoFormat = keyof typeof LOGO_FORMATS;
export const LOGO_MIME_TYPES: readonly string[] = Object.values(LOGO_FORMATS).map((f) => f.mimeType);

export type LogoProblem = "empty" | "tooLarge" | "svg" | "notImage" | "damaged" | "tooManyPixels";

export type LogoCheck = { ok: true; format: LogoFormat; mimeType: string; width: number; height: number } | { ok: false; problem: LogoProblem };

export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
const chunkType = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

/** Width and height from IHDR, after checking that every chunk fits and the file ends with IEND. */
export function pngSize(bytes: Uint8Array): ImageSize | null {
  if (!startsWith(bytes, PNG_SIGNATURE)) return null;
  let at = PNG_SIGNATURE.length;
  let size: ImageSize | null = null;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at);
    const type = chunkType(bytes, at + 4);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return null;
    if (size === null) {
      // IHDR comes first and has exactly 13 bytes (PNG spec 11.2.2).
      if (type !== "IHDR" || length !== 13) return null;
      size = { width: u32(bytes, at + 8), height: u32(bytes, at + 12) };
    }
    if (type === "IEND") return size;
    at = end;
  }
  return null;
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic): they hold the frame's size. */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Width and height from the first start-of-frame segment, which must come before the image data. */
export function jpegSize(bytes: Uint8Array): ImageSize | null {
  if (!startsWith(bytes, [0xff, 0xd8, 0xff])) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes before a marker, and markers without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    // End of image or start of scan before any frame header: nothing to show.
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = u16(bytes, at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (SOF_MARKERS.has(marker)) {
      if (length < 7) return null;
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** An SVG (or any XML) document, with or without a byte-order mark and leading white space. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<") && (head.includes("<svg") || head.startsWith("<?xml"));
}

export function checkLogoImage(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: "tooLarge" };
  const format: LogoFormat | null = startsWith(bytes, PNG_SIGNATURE) ? "png" : startsWith(bytes, [0xff, 0xd8, 0xff]) ? "jpeg" : null;
  if (!format) return { ok: false, problem: looksLikeSvg(bytes) ? "svg" : "notImage" };
  const size = format === "png" ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return { ok: false, problem: "damaged" };
  if (size.width > MAX_LOGO_SIDE || size.height > MAX_LOGO_SIDE) return { ok: false, problem: "tooManyPixels" };
  return { ok: true, format, mimeType: LOGO_FORMATS[format].mimeType, ...size };
}
