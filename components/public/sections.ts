/**
 * The pages of a city's public site, below /<city>/<locale>. One list for the navigation, the
 * sitemap and the tests, so a page cannot be linked from one and forgotten in another.
 */
export const PUBLIC_SECTIONS = [
  { key: "home", path: "" },
  { key: "commitments", path: "/commitments" },
  { key: "declaration", path: "/declaration" },
  { key: "actionPlan", path: "/action-plan" },
  { key: "reports", path: "/reports" },
  { key: "takePart", path: "/take-part" },
  { key: "data", path: "/data" },
] as const;

export type PublicSectionKey = (typeof PUBLIC_SECTIONS)[number]["key"];

/** Every page without a parameter of its own: the sections plus the accessibility statement (linked from the footer). */
export const PUBLIC_PAGE_PATHS: readonly string[] = [...PUBLIC_SECTIONS.map((s) => s.path), "/accessibility"];

export function publicPath(slug: string, locale: string, path = ""): string {
  return `/${slug}/${locale}${path}`;
}

export function commitmentPath(slug: string, locale: string, key: string): string {
  return `/${slug}/${locale}/commitments/${encodeURIComponent(key)}`;
}
