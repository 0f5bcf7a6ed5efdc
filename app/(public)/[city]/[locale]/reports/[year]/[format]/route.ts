import { isLocale } from "@/lib/kernel/i18n/locales";
import { isDocumentFormat } from "@/lib/features/publication/documents/keys";
import { publicDocumentResponse } from "@/lib/features/publication/documents/public-files";

/**
 * /<city>/<locale>/reports/<year>/pdf|docx: the published report as PDF or Word. Public by design:
 * it serves the files stored when the report was published (made from its frozen publication,
 * so a draft can never be downloaded here), with ETag and Last-Modified; it never prints.
 */
function notFound(): Response {
  return new Response("Not found — Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ city: string; locale: string; year: string; format: string }> }) {
  const { city, locale, year, format } = await params;
  if (!isDocumentFormat(format) || !isLocale(locale) || !/^\d{4}$/.test(year)) return notFound();
  return (await publicDocumentResponse(request, city, locale, { kind: "report", year: Number(year), format })) ?? notFound();
}
