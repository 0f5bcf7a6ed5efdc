/**
 * What the public pages and public downloads read: a report's frozen publication
 * (AnnualReport.published), of an active city, and nothing else — drafts, reports in consultation
 * or approved but not published never leave the workspace. Cached in Next's data cache under the
 * city's tag, like the publication snapshot (lib/features/publication/site/read-publication.ts): publishing a
 * report, suspending or reactivating the city refreshes it.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { checkSlug } from "@/lib/kernel/tenancy/schema-name";
import { REPORT_VIEW_FORMAT, type ReportView } from "./report-view";

async function activeCitySchema(slug: string): Promise<string | null> {
  if (!checkSlug(slug).ok) return null;
  const city = await controlDb().city.findUnique({ where: { slug }, select: { schemaName: true, status: true, provisionedAt: true } });
  return city?.provisionedAt && city.status === "active" ? city.schemaName : null;
}

/** Uncached: every published report of an active city, newest year first. */
export async function loadPublishedReports(slug: string): Promise<ReportView[]> {
  const schema = await activeCitySchema(slug);
  if (!schema) return [];
  const rows = await cityDbForSchema(schema).annualReport.findMany({
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
