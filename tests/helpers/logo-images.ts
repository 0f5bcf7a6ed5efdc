/**
 * Logo uploads for the tests: real images that a browser shows, and the files a logo upload must
 * refuse. Built in code (scripts/demo-data/png.ts) or kept here as base64, so no binary is checked in.
 */
import { encodePng, pngFromRows } from "@/scripts/demo-data/png";

/** 40 × 20 pixels, a teal bar with a transparent half. */
export const LOGO_PNG = encodePng(40, 20, (x) => (x < 20 ? [15, 118, 110, 255] : [0, 0, 0, 0]));

/** Another PNG (a different SHA-256), 8 × 8 pixels. */
export const OTHER_PNG = encodePng(8, 8, (x, y) => ((x + y) % 2 ? [29, 78, 216, 255] : [255, 255, 255, 255]));

/** 24 × 16 pixels, printed by Chromium's canvas (a sun on teal), so a real decoder made and reads it. */
export const LOGO_JPEG = Uint8Array.from(
  Buffer.from(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAQABgDASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwAG/8QAIxAAAQMDBAIDAAAAAAAAAAAAAwEEEQACEhMVUYEUFzEycv/EABUBAQEAAAAAAAAAAAAAAAAAAAUG/8QAIREAAQIGAgMAAAAAAAAAAAAAEQAxAQIFEhRBAxWBwfD/2gAMAwEAAhEDEQA/AMY0AR06C3CmRS32jsTlVWEpZ9TNNujcT+fj9oTSy/MTHdEzQ5GroLgK4lDfaSxeFRZSlf2032+dtL50RjmmnPM/PUd0fWuxPHgttvBOvoqepOCJ8x9P62ih2AjV0ZuZMShvuHenCosLVU7OR06M4MuRS3qS9eVVZWqnZSIXOh5gY2sv/9k=",
    "base64",
  ),
);

const text = (s: string) => new TextEncoder().encode(s);

/** An SVG that runs a script when opened on its own URL. */
export const SVG_WITH_SCRIPT = text(
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.domain)</script><rect width="10" height="10"/></svg>`,
);

/** An HTML page, as if renamed to logo.png. */
export const HTML_AS_PNG = text(`<!doctype html><html><body><script>fetch("/api/auth/session").then(r=>r.text()).then(alert)</script></body></html>`);

/** A PNG signature and header followed by an HTML page instead of image data. */
export const PNG_THEN_HTML = (() => {
  const header = LOGO_PNG.subarray(0, 33); // signature + IHDR
  const html = text("<html><script>alert(1)</script></html>");
  const out = new Uint8Array(header.length + html.length);
  out.set(header);
  out.set(html, header.length);
  return out;
})();

/**
 * A decompression bomb: 20,000 × 20,000 pixels (400 million; 1.6 GB once a browser decodes it) in
 * about 50 KB — one-bit grey rows of zeros, deflated.
 */
export function bombPng(side = 20_000): Uint8Array {
  const rowLength = 1 + Math.ceil(side / 8);
  return pngFromRows({ width: side, height: side, bitDepth: 1, colorType: 0 }, new Uint8Array(rowLength * side));
}

/** A JPEG whose frame header claims 60,000 × 60,000 pixels (the data after it does not matter to the check). */
export const BOMB_JPEG = (() => {
  const out = Uint8Array.from(LOGO_JPEG);
  // The SOF0 segment: FF C0, length, precision, height, width.
  for (let i = 2; i < out.length - 9; i++) {
    if (out[i] === 0xff && out[i + 1] === 0xc0) {
      new DataView(out.buffer).setUint16(i + 5, 60_000);
      new DataView(out.buffer).setUint16(i + 7, 60_000);
      return out;
    }
  }
  throw new Error("no SOF0 in LOGO_JPEG");
})();

/** Just over the 1 MB limit, a valid PNG signature and header in front. */
export const OVERSIZED_PNG = (() => {
  const out = new Uint8Array(1024 * 1024 + 1);
  out.set(LOGO_PNG);
  return out;
})();
