import { withCity } from "@/lib/api/with-city";
import { requestLocale } from "@/lib/i18n/request-locale";
import { loadPlanDocument } from "@/lib/plan-documents/load-plan-document";
import { planDocumentFileName, planPdf } from "@/lib/plan-documents/render-plan-document";

/** GET /api/cities/<city>/plans/<plan id>/document.pdf: the plan (drafts labelled) as a tagged PDF. */
export const GET = withCity(
  async (_req, ctx, params) => {
    const data = await loadPlanDocument(ctx.db, ctx.city, params.planId ?? "");
    const pdf = await planPdf(data, await requestLocale().catch(() => "en" as const));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${planDocumentFileName(ctx.city.slug, data.plan.title, "pdf")}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "plan.read" },
);
