import type { Metadata } from "next";
import type { ReactNode } from "react";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { SITE_ICONS } from "@/lib/features/cities/site-icon";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return {
    title: { template: `%s · ${t("common.appName")}`, default: t("common.appName") },
    description: t("common.tagline"),
    icons: SITE_ICONS,
  };
}

/** Root layout of the signed-in area, the landing page and the sign-in pages. Pages render their own <main id="main">. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const t = translator(locale);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <a href="#main" className="skip-link">
          {t("common.skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
