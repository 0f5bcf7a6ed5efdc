import { getPublicCity } from "@/lib/platform/public-city";
import { isLocale } from "@/lib/i18n/locales";
import { getPublishedReport } from "@/lib/reports/read-published-report";
import { reportDocx, reportPdf } from "@/lib/reports/report-files";

/**
 * /<city>/<locale>/reports/<year>/pdf|docx: the published report as PDF or Word. Public by design:
 * it reads only the report's frozen publication, so a draft can never be downloaded here.
 */
const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

function notFound(): Response {
  return new Response("Not found — Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ city: string; locale: string; year: string; format: string }> }) {
  const { city: slug, locale, year, format } = await params;
  if ((format !== "pdf" && format !== "docx") || !isLocale(locale) || !/^\d{4}$/.test(year)) return notFound();
  const city = await getPublicCity(slug);
  if (!city || city.status !== "active" || !city.locales.includes(locale)) return notFound();
  const view = await getPublishedReport(city.slug, Number(year));
  if (!view || !view.locales.includes(locale)) return notFound();
  const body = format === "pdf" ? await reportPdf(view, locale, city.name) : await reportDocx(view, locale, city.name);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${city.slug}-report-${year}-${locale}.${format}"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
