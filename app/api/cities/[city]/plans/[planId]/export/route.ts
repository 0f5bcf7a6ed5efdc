import { NextResponse } from "next/server";
import { withCity } from "@/lib/kernel/api/with-city";
import { EXPORT_COLUMNS, exportActionRows, exportMeasurementRows, planExportFileName } from "@/lib/features/action-plans/data/export-plan-data";
import { requirePlan } from "@/lib/features/action-plans/data/plan-summary";
import { rowsToCsv } from "@/lib/features/commitments/spreadsheet/csv";
import { contentDisposition } from "@/lib/kernel/storage/file-name";

/**
 * GET /api/cities/<city>/plans/<plan id>/export?kind=measurements|actions: the plan's measurements
 * or action updates as CSV, in the columns the import reads back. Another city's plan: 404.
 */
export const GET = withCity(
  async (req, ctx, params) => {
    const kind = req.nextUrl.searchParams.get("kind");
    if (kind !== "measurements" && kind !== "actions") return NextResponse.json({ error: "bad_request" }, { status: 400 });
    const plan = await requirePlan(ctx.db, params.planId ?? "");
    const body =
      kind === "measurements"
        ? rowsToCsv(await exportMeasurementRows(ctx.db, plan.id), EXPORT_COLUMNS.measurements)
        : rowsToCsv(await exportActionRows(ctx.db, plan.id), EXPORT_COLUMNS.actions);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition(planExportFileName(ctx.city.slug, kind)),
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "plan.read" },
);
