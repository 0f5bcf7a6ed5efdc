import { withCity } from "@/lib/api/with-city";
import { requestLocale } from "@/lib/i18n/request-locale";
import { loadPlanDocument } from "@/lib/plan-documents/load-plan-document";
import { planDocumentFileName, planDocx } from "@/lib/plan-documents/render-plan-document";

/** GET /api/cities/<city>/plans/<plan id>/document.docx: the plan (drafts labelled) as a Word document. */
export const GET = withCity(
  async (_req, ctx, params) => {
    const data = await loadPlanDocument(ctx.db, ctx.city, params.planId ?? "");
    const docx = await planDocx(data, await requestLocale().catch(() => "en" as const));
    return new Response(new Uint8Array(docx), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="${planDocumentFileName(ctx.city.slug, data.plan.title, "docx")}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "plan.read" },
);
