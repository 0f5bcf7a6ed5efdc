import { NextResponse } from "next/server";
import { withCity } from "@/lib/kernel/api/with-city";
import { declarationDocx, declarationPdf, summaryCsv, summaryPdf } from "@/lib/features/declaration/export-declaration";
import { documentLocale } from "@/lib/kernel/documents/document-locale";
import { printErrorResponse } from "@/lib/kernel/documents/document-response";
import { contentDisposition } from "@/lib/kernel/storage/file-name";

const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  csv: "text/csv; charset=utf-8",
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /api/cities/<city>/declaration/<id>/<file>: declaration.pdf and declaration.docx (?version=N,
 * the current one by default; in the text's own language), summary.csv and summary.pdf (headings
 * in the language the link names, else the city's default language). Another city's id finds
 * nothing (404). Without a printer, or while it is busy, a page says so and offers the Word file
 * or the CSV (503).
 */
export const GET = withCity(
  async (req, ctx, params) => {
    const id = params.id ?? "";
    if (!UUID.test(id)) return NextResponse.json({ error: "not_found" }, { status: 404 });
    const v = req.nextUrl.searchParams.get("version");
    const version = v && /^\d{1,6}$/.test(v) ? Number(v) : undefined;
    const locale = documentLocale(req.nextUrl, ctx.city);
    const input = { declarationId: id, version, cityName: ctx.city.name, locale, reader: { role: ctx.role } };
    const base = `/api/cities/${ctx.city.slug}/declaration/${id}`;
    let file: { body: Buffer; fileName: string } | null;
    try {
      file =
        params.file === "declaration.pdf"
          ? await declarationPdf(ctx.db, input)
          : params.file === "declaration.docx"
            ? await declarationDocx(ctx.db, input)
            : params.file === "summary.csv"
              ? await summaryCsv(ctx.db, input)
              : params.file === "summary.pdf"
                ? await summaryPdf(ctx.db, input)
                : null;
    } catch (err) {
      const alternative =
        params.file === "summary.pdf"
          ? { href: `${base}/summary.csv?locale=${locale}`, kind: "csv" as const }
          : { href: `${base}/declaration.docx${version ? `?version=${version}` : ""}`, kind: "word" as const };
      const answer = printErrorResponse(err, { locale, alternative, retryHref: req.nextUrl.pathname + req.nextUrl.search });
      if (answer) return answer;
      throw err;
    }
    if (!file) return NextResponse.json({ error: "not_found" }, { status: 404 });
    const ext = file.fileName.split(".").pop() as keyof typeof TYPES;
    return new Response(new Uint8Array(file.body), {
      headers: {
        "Content-Type": TYPES[ext],
        "Content-Disposition": contentDisposition(`${ctx.city.slug}-${file.fileName}`),
        "Cache-Control": "private, no-store",
      },
    });
  },
  { capability: "declaration.read" },
);
