import Link from "next/link";
import { translator } from "@/lib/features/dictionary";
import { DEFAULT_LOCALE, isLocale } from "@/lib/kernel/i18n/locales";

/**
 * A public page that does not exist, in the URL's language (as the layout around it, which shows
 * no city when the city is unknown or does not publish in that language).
 */
export async function PublicNotFoundView({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const t = translator(isLocale(raw) ? raw : DEFAULT_LOCALE);
  return (
    <div className="space-y-4">
      {/* React puts this title in <head>; the page's metadata has none for a missing page (WCAG 2.4.2). */}
      <title>{`${t("publicSite.notFound.title")} · ${t("common.appName")}`}</title>
      <h1 className="text-3xl font-bold text-slate-900">{t("publicSite.notFound.title")}</h1>
      <p className="max-w-prose text-slate-800">{t("publicSite.notFound.text")}</p>
      <p>
        <Link href="/">{t("publicSite.notFound.toCharta")}</Link>
      </p>
    </div>
  );
}
