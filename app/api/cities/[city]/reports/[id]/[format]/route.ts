import { NextResponse } from "next/server";
import { withCity } from "@/lib/kernel/api/with-city";
import { documentLogo } from "@/lib/features/city-settings/logo/current-logo";
import { documentLocale } from "@/lib/kernel/documents/document-locale";
import { printErrorResponse } from "@/lib/kernel/documents/document-response";
import { reportDocx, reportPdf } from "@/lib/features/reports/report-files";
import { buildReportView } from "@/lib/features/reports/report-view";
import { contentDisposition } from "@/lib/kernel/storage/file-name";

const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/**
 * GET /api/cities/<city>/reports/<id>/pdf|docx?locale=nl|en: the report as it stands now (a draft
 * included), for members who may read reports, in the language the link names (else the city's
 * default language, else the report's first). The public files of a published report are under
 * the city's public pages. Without a printer, or while it is busy, a page says so (503).
 */
export const GET = withCity(
  async (req, ctx, params) => {
    const format = params.format;
    if (format !== "pdf" && format !== "docx") return NextResponse.json({ error: "bad_request" }, { status: 400 });
    const view = await buildReportView(ctx.db, params.id ?? "");
    const locale = documentLocale(req.nextUrl, ctx.city, view.locales);
    const logo = await documentLogo(ctx.db);
    let body: Buffer;
    try {
      body = format === "pdf" ? await reportPdf(view, locale, ctx.city.name, { logo }) : await reportDocx(view, locale, ctx.city.name, { logo });
    } catch (err) {
      const base = `/api/cities/${ctx.city.slug}/reports/${view.id}`;
      const answer = printErrorResponse(err, {
        locale,
        alternative: { href: `${base}/docx?locale=${locale}`, kind: "word" },
        retryHref: `${base}/pdf?locale=${locale}`,
      });
      if (answer) return answer;
      throw err;
    }
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": contentDisposition(`${ctx.city.slug}-report-${view.year}-${locale}.${format}`),
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "report.read" },
);
