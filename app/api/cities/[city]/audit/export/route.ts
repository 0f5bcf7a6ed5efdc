import { withCity } from "@/lib/kernel/api/with-city";
import { documentLocale } from "@/lib/kernel/documents/document-locale";
import { contentDisposition } from "@/lib/kernel/storage/file-name";
import { dictionary } from "@/lib/features/dictionary";
import { auditFileName, exportAuditCsv } from "@/lib/features/audit/export-audit";
import { readAuditFilter } from "@/lib/features/audit/schema";

/**
 * GET /api/cities/<city>/audit/export?actor=…&area=…&from=…&to=…&locale=nl|en: the audit log
 * entries the filter selects, as CSV with headings and labels in the link's language. City
 * administrators only (`audit.read`).
 */
export const GET = withCity(
  async (req, ctx) => {
    const locale = documentLocale(req.nextUrl, ctx.city);
    const csv = await exportAuditCsv(ctx.db, ctx.city.id, readAuditFilter(req.nextUrl.searchParams), dictionary(locale));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition(auditFileName(ctx.city.slug)),
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "audit.read" },
);
