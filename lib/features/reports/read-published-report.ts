/**
 * What the public pages and public downloads read: a report's frozen publication
 * (AnnualReport.published), of an active city, and nothing else — drafts, reports in consultation
 * or approved but not published never leave the workspace. Cached in Next's data cache under the
 * city's tag, like the publication snapshot (lib/features/publication/site/read-publication.ts): publishing a
 * report, suspending or reactivating the city refreshes it.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { publicCity } from "@/lib/kernel/tenancy/public-city";
import { REPORT_VIEW_FORMAT, type ReportView } from "./report-view";

/** Uncached: every published report of an active city, newest year first. */
export async function loadPublishedReports(slug: string): Promise<ReportView[]> {
  const city = await publicCity(slug);
  if (!city) return [];
  const rows = await city.db.annualReport.findMany({
    where: { status: "published", publishedAt: { not: null } },
    select: { published: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.published as unknown as ReportView).filter((v) => v?.format === REPORT_VIEW_FORMAT);
}

export function getPublishedReports(slug: string): Promise<ReportView[]> {
  return unstable_cache(() => loadPublishedReports(slug), ["published-reports", slug], { tags: [cityCacheTag(slug)], revalidate: false })();
}

export async function getPublishedReport(slug: string, year: number): Promise<ReportView | null> {
  return (await getPublishedReports(slug)).find((r) => r.year === year) ?? null;
}
