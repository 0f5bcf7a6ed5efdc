import { publicBaseUrl } from "@/lib/features/publication/open-data/base-url";
import { getPublicCity } from "@/lib/kernel/tenancy/public-city";
import { getPublication } from "@/lib/features/publication/site/read-publication";
import { getPublishedReports } from "@/lib/features/reports/read-published-report";
import { sitemapEntries, sitemapXml } from "./sitemap-xml";

/**
 * /<city>/sitemap.xml. A route handler rather than a `sitemap.ts` file: Next 16 calls a
 * sitemap.ts's function without the route's params (its generated handler is `handler()`), so a
 * sitemap.ts under [city] cannot know which city it is for. Reads only the cached city, its
 * latest publication and its published reports; URLs are absolute from configuration, never from the Host header.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ city: string }> }) {
  const { city: slug } = await params;
  const city = await getPublicCity(slug);
  if (!city || city.status !== "active") {
    return new Response("Not found — Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const snapshot = await getPublication(city.slug);
  const reports = await getPublishedReports(city.slug);
  const xml = sitemapXml(sitemapEntries(publicBaseUrl(), city, snapshot, reports));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
