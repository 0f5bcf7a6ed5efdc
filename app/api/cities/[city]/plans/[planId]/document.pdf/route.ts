import { withCity } from "@/lib/kernel/api/with-city";
import { documentLocale } from "@/lib/kernel/documents/document-locale";
import { printErrorResponse } from "@/lib/kernel/documents/document-response";
import { loadPlanDocument } from "@/lib/features/action-plans/documents/load-plan-document";
import { planDocumentFileName, planPdf } from "@/lib/features/action-plans/documents/render-plan-document";
import { contentDisposition } from "@/lib/kernel/storage/file-name";

/**
 * GET /api/cities/<city>/plans/<plan id>/document.pdf?locale=nl|en: the plan (drafts labelled) as a
 * tagged PDF, in the language the link names, else the city's default language. Without a
 * printer, or while it is busy, a page says so and offers the Word file (503).
 */
export const GET = withCity(
  async (req, ctx, params) => {
    const data = await loadPlanDocument(ctx.db, ctx.city, params.planId ?? "");
    const locale = documentLocale(req.nextUrl, ctx.city);
    let pdf: Buffer;
    try {
      pdf = await planPdf(data, locale);
    } catch (err) {
      const base = `/api/cities/${ctx.city.slug}/plans/${params.planId}`;
      const answer = printErrorResponse(err, {
        locale,
        alternative: { href: `${base}/document.docx?locale=${locale}`, kind: "word" },
        retryHref: `${base}/document.pdf?locale=${locale}`,
      });
      if (answer) return answer;
      throw err;
    }
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": contentDisposition(planDocumentFileName(ctx.city.slug, data.plan.title, "pdf")),
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "plan.read" },
);
