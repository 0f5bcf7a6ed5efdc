import { commitmentPath, PUBLIC_PAGE_PATHS, publicPath } from "@/components/public/sections";
import type { PublicSnapshot } from "@/lib/features/publication/site/types";
import { reportLocales } from "@/lib/features/reports/report-view";

export interface SitemapCity {
  slug: string;
  defaultLocale: string;
  locales: string[];
}

/** A published report: its year, the languages it was written in and when it was published. */
export interface SitemapReport {
  year: number;
  locales: readonly string[];
  publishedAt: string | null;
}

export interface SitemapEntry {
  url: string;
  lastModified: string | null;
  /** Every language version of the page (hreflang → URL), x-default included. */
  alternates: Record<string, string>;
}

/**
 * The city's public pages in every language — the sections, the accessibility statement, one
 * page per published commitment and one per published report (in the languages it was written in
 * only) — each with its language alternates. Only the snapshot's commitments and the published
 * reports appear, so an unpublished one cannot be found through the sitemap either.
 */
export function sitemapEntries(base: string, city: SitemapCity, snapshot: PublicSnapshot | null, reports: readonly SitemapReport[] = []): SitemapEntry[] {
  const pages: { path: (locale: string) => string; lastModified: string | null; locales: string[] }[] = [
    ...PUBLIC_PAGE_PATHS.map((p) => ({ path: (l: string) => publicPath(city.slug, l, p), lastModified: snapshot?.publishedAt ?? null, locales: city.locales })),
    ...(snapshot?.commitments ?? []).map((c) => ({
      path: (l: string) => commitmentPath(city.slug, l, c.key),
      lastModified: c.lastUpdateAt,
      locales: city.locales,
    })),
    // A report's page exists only in the languages it was written in.
    ...reports.map((r) => ({
      path: (l: string) => publicPath(city.slug, l, `/reports/${r.year}`),
      lastModified: r.publishedAt,
      locales: reportLocales(r.locales, city.locales),
    })),
  ];
  return pages.flatMap((page) => {
    if (page.locales.length === 0) return [];
    const fallback = page.locales.includes(city.defaultLocale) ? city.defaultLocale : page.locales[0]!;
    const alternates = {
      ...Object.fromEntries(page.locales.map((l) => [l, base + page.path(l)])),
      "x-default": base + page.path(fallback),
    };
    return page.locales.map((l) => ({ url: base + page.path(l), lastModified: page.lastModified, alternates }));
  });
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

/** The sitemaps.org XML, with xhtml:link alternates for the languages (as search engines document them). */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) =>
    [
      "<url>",
      `<loc>${escapeXml(e.url)}</loc>`,
      e.lastModified ? `<lastmod>${escapeXml(e.lastModified)}</lastmod>` : "",
      ...Object.entries(e.alternates).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`),
      "</url>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
