import { NextResponse } from "next/server";
import { withCity } from "@/lib/kernel/api/with-city";
import { documentLocale } from "@/lib/kernel/documents/document-locale";
import { rowsToCsv } from "@/lib/features/commitments/spreadsheet/csv";
import { exportCommitmentRows, exportFileName } from "@/lib/features/commitments/spreadsheet/export-commitments";
import { rowsToXlsx } from "@/lib/features/commitments/spreadsheet/xlsx";
import { contentDisposition } from "@/lib/kernel/storage/file-name";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * GET /api/cities/<city>/commitments/export?format=csv|xlsx&locale=nl|en: every commitment, as the
 * import reads it back; the XLSX in the language the link names, else the city's default language.
 */
export const GET = withCity(
  async (req, ctx) => {
    const format = req.nextUrl.searchParams.get("format") ?? "xlsx";
    if (format !== "csv" && format !== "xlsx") return NextResponse.json({ error: "bad_request" }, { status: 400 });
    const rows = await exportCommitmentRows(ctx.db, ctx.city.id);
    const body = format === "csv" ? rowsToCsv(rows) : await rowsToXlsx(rows, { locale: documentLocale(req.nextUrl, ctx.city), cityName: ctx.city.name });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": contentDisposition(exportFileName(ctx.city.slug, format)),
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "framework.read" },
);
