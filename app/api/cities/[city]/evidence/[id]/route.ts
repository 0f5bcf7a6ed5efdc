import { withCity } from "@/lib/api/with-city";
import { openEvidenceDownload } from "@/lib/commitments/evidence";

/** "report.pdf" stays; anything outside printable ASCII or a quote/backslash becomes "_" (the filename* parameter carries the real name). */
function asciiFallback(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, "_");
}

/** RFC 5987: UTF-8, percent-encoded, with the characters encodeURIComponent leaves that the grammar does not allow. */
function rfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Downloads an evidence file. The id is looked up in the requesting city's own database, so
 * another city's id is simply not found (404), whatever slug is used. Always an attachment with
 * nosniff and a sandboxing CSP: an uploaded file never renders as a page of Charta's origin.
 */
export const GET = withCity(
  async (_req, ctx, params) => {
    const file = await openEvidenceDownload(ctx.db, params.id ?? "");
    return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": `attachment; filename="${asciiFallback(file.fileName)}"; filename*=UTF-8''${rfc5987(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "framework.read" },
);
