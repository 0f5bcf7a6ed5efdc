import { NextResponse } from "next/server";
import { withCity } from "@/lib/api/with-city";
import { isLocale } from "@/lib/i18n/locales";
import { reportDocx, reportPdf } from "@/lib/reports/report-files";
import { buildReportView } from "@/lib/reports/report-view";

const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/**
 * GET /api/cities/<city>/reports/<id>/pdf|docx?locale=nl|en: the report as it stands now (a draft
 * included), for members who may read reports. The public files of a published report are under
 * the city's public pages.
 */
export const GET = withCity(
  async (req, ctx, params) => {
    const format = params.format;
    const locale = req.nextUrl.searchParams.get("locale") ?? "";
    if ((format !== "pdf" && format !== "docx") || !isLocale(locale)) return NextResponse.json({ error: "bad_request" }, { status: 400 });
    const view = await buildReportView(ctx.db, params.id ?? "");
    if (!view.locales.includes(locale)) return NextResponse.json({ error: "not_found" }, { status: 404 });
    const body = format === "pdf" ? await reportPdf(view, locale, ctx.city.name) : await reportDocx(view, locale, ctx.city.name);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="${ctx.city.slug}-report-${view.year}-${locale}.${format}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "report.read" },
);
