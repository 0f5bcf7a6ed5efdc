import { isLocale } from "@/lib/kernel/i18n/locales";
import { isDocumentFormat } from "@/lib/features/publication/documents/keys";
import { publicDocumentResponse } from "@/lib/features/publication/documents/public-files";

/**
 * /<city>/<locale>/declaration/pdf|docx: the declaration in the city's latest publication, as the
 * PDF or Word file stored when it was published (in the language it is written in, whatever the
 * page's). Public by design: it reads only what the publication names; it never prints.
 */
function notFound(): Response {
  return new Response("Not found — Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ city: string; locale: string; format: string }> }) {
  const { city, locale, format } = await params;
  if (!isDocumentFormat(format) || !isLocale(locale)) return notFound();
  return (await publicDocumentResponse(request, city, locale, { kind: "declaration", format })) ?? notFound();
}
