import "server-only";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { PublicCity } from "@/lib/kernel/tenancy/public-city";
import { getPublication } from "@/lib/features/publication/site/read-publication";
import type { PublicSnapshot } from "@/lib/features/publication/site/types";
import { publicPageContext } from "./public-page-context";

export type PublicPageData =
  | { kind: "ok"; city: PublicCity; locale: Locale; snapshot: PublicSnapshot | null }
  | { kind: "suspended"; city: PublicCity; locale: Locale }
  | { kind: "not_found" };

/**
 * A public page's data: the city and language from the URL, and — only for an active city — its
 * latest publication (null when it never published). Pages show nothing else, so what the city
 * has not published cannot reach them.
 */
export async function loadPublicPage(params: Promise<{ city: string; locale: string }>): Promise<PublicPageData> {
  const ctx = await publicPageContext(params);
  if (ctx.kind !== "ok") return ctx;
  return { ...ctx, snapshot: await getPublication(ctx.city.slug) };
}
