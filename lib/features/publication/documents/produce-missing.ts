/**
 * Fills the gaps: every published report and the published declaration of every active city
 * gets the stored files it lacks. Run by the job worker when the server starts and then every
 * hour (lib/kernel/jobs/worker.ts), so that
 *  - publications from before files were stored (an upgrade, a restored backup) get them, and
 *  - a PDF that could not be printed at publication (no Chromium, a crash) is made once printing works.
 * Never from a visitor's request: a missing file is answered "being prepared" (public-files.ts).
 * One city's failure is logged and the others go on.
 */
import "server-only";
import { systemCityScope } from "@/lib/kernel/tenancy/city-scope";
import { controlDb } from "@/lib/kernel/db/control";
import { findPublishedDeclaration } from "@/lib/features/declaration/public-declaration";
import { log } from "@/lib/kernel/log";
import type { FileOutcome } from "./outcome";
import { storeDeclarationDocuments } from "./store-declaration-documents";
import { storeReportDocuments } from "./store-report-documents";

export interface GapReport {
  cities: number;
  made: number;
  failed: number;
}

/** `slugs`: only these cities (tests; every active city otherwise). */
export async function produceMissingDocuments(opts: { slugs?: string[] } = {}): Promise<GapReport> {
  const cities = await controlDb().city.findMany({
    where: { status: "active", provisionedAt: { not: null }, ...(opts.slugs ? { slug: { in: opts.slugs } } : {}) },
    select: { id: true, slug: true, name: true, defaultLocale: true, locales: true, schemaName: true },
    orderBy: { slug: "asc" },
  });
  const total: GapReport = { cities: cities.length, made: 0, failed: 0 };
  for (const city of cities) {
    try {
      const scope = systemCityScope(city, "job", { id: null });
      const db = scope.db;
      const common = { onlyMissing: true };
      const outcomes: FileOutcome[] = [];
      const reports = await db.annualReport.findMany({ where: { status: "published" }, select: { id: true }, orderBy: { year: "asc" } });
      for (const r of reports) outcomes.push(...(await storeReportDocuments(scope, { ...common, reportId: r.id })));
      const declaration = await findPublishedDeclaration(db);
      if (declaration) outcomes.push(...(await storeDeclarationDocuments(scope, { ...common, declarationId: declaration.id })));
      total.made += outcomes.filter((o) => o.result === "made").length;
      total.failed += outcomes.filter((o) => o.result === "failed").length;
    } catch (err) {
      total.failed++;
      log("error", "stored documents of a city could not be checked", { city: city.slug, err });
    }
  }
  if (total.made || total.failed) log(total.failed ? "warn" : "info", "published documents checked", { ...total });
  return total;
}
