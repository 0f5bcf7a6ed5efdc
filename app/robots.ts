import type { MetadataRoute } from "next";
import { configuredAppUrl } from "@/lib/kernel/app-url";
import { listActiveCities } from "@/lib/features/cities/list-active-cities";

/** Built on each request (never at build time, when there may be no database): cities come and go. */
export const dynamic = "force-dynamic";

/**
 * Search engines may read the landing page, the cities' public pages and their open data; not the
 * sign-in area, workspaces, the platform administration or the rest of the API. Each active
 * city's sitemap is listed when the site's address is configured (a sitemap needs absolute URLs).
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = configuredAppUrl();
  const cities = base ? await listActiveCities() : [];
  return {
    rules: [
      {
        userAgent: "*",
        allow: ["/", "/api/public/"],
        disallow: ["/admin", "/*/workspace", "/api/", "/login", "/forgot-password", "/reset-password/", "/invite/", "/account", "/suspended/"],
      },
    ],
    ...(cities.length ? { sitemap: cities.map((c) => `${base}/${c.slug}/sitemap.xml`) } : {}),
  };
}
