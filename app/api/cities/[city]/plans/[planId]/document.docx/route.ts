import { withCity } from "@/lib/kernel/api/with-city";
import { documentLocale } from "@/lib/kernel/documents/document-locale";
import { loadPlanDocument } from "@/lib/features/action-plans/documents/load-plan-document";
import { planDocumentFileName, planDocx } from "@/lib/features/action-plans/documents/render-plan-document";
import { contentDisposition } from "@/lib/kernel/storage/file-name";

/**
 * GET /api/cities/<city>/plans/<plan id>/document.docx?locale=nl|en: the plan (drafts labelled) as
 * a Word document, in the language the link names, else the city's default language.
 */
export const GET = withCity(
  async (req, ctx, params) => {
    const data = await loadPlanDocument(ctx.db, ctx.city, params.planId ?? "");
    const docx = await planDocx(data, documentLocale(req.nextUrl, ctx.city));
    return new Response(new Uint8Array(docx), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": contentDisposition(planDocumentFileName(ctx.city.slug, data.plan.title, "docx")),
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "plan.read" },
);
