/**
 * A published annual report's files: PDF and Word in every language it is published in, made
 * from its frozen publication (AnnualReport.published) — the same view as the public page — and
 * stored once. Word first: it needs no printer, so it is there even when the PDF cannot be made.
 */
import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { documentLogo } from "@/lib/features/city-settings/logo/current-logo";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { NotFoundError } from "@/lib/kernel/errors";
import { isLocale } from "@/lib/kernel/i18n/locales";
import { reportDocx, reportPdf } from "@/lib/features/reports/report-files";
import { REPORT_VIEW_FORMAT, type ReportView } from "@/lib/features/reports/report-view";
import { reportDocumentKey, type DocumentFormat } from "./keys";
import type { FileOutcome } from "./outcome";
import { storeDocumentFile } from "./store-file";

export async function publishedReportView(db: CityDb, reportId: string): Promise<ReportView> {
  const row = await db.annualReport.findUnique({ where: { id: reportId }, select: { status: true, published: true } });
  const view = row?.status === "published" ? (row.published as unknown as ReportView | null) : null;
  if (!view || view.format !== REPORT_VIEW_FORMAT) throw new NotFoundError();
  return view;
}

export async function storeReportDocuments(scope: CityScope<string | null>, input: { reportId: string; onlyMissing?: boolean }): Promise<FileOutcome[]> {
  const db = scope.db;
  const view = await publishedReportView(db, input.reportId);
  // The logo as it is when the files are made: stored files keep it, like printed copies.
  const logo = await documentLogo(db);
  const outcomes: FileOutcome[] = [];
  for (const locale of view.locales.filter(isLocale)) {
    for (const format of ["docx", "pdf"] as DocumentFormat[]) {
      outcomes.push(
        await storeDocumentFile(
          db,
          {
            key: reportDocumentKey(view.id, locale, format),
            name: `${scope.city.slug}-report-${view.year}-${locale}.${format}`,
            format,
            locale,
            make: () =>
              format === "pdf" ? reportPdf(view, locale, scope.city.name, { background: true, logo }) : reportDocx(view, locale, scope.city.name, { logo }),
          },
          { onlyMissing: input.onlyMissing ?? false, actorId: scope.actor.id },
        ),
      );
    }
  }
  return outcomes;
}
