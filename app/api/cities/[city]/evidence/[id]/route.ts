import { withCity } from "@/lib/kernel/api/with-city";
import { openEvidenceDownload } from "@/lib/features/commitments/evidence";
import { contentDisposition } from "@/lib/kernel/storage/file-name";

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
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "framework.read" },
);
