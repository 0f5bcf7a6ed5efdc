import Link from "next/link";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";

/**
 * "Page not found" outside any city the person may see — a city that does not exist or that they
 * are not a member of, the platform admin area for others — in their language. It names nothing:
 * both cases read the same.
 */
export async function AppNotFoundView() {
  const t = translator(await requestLocale());
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <title>{`${t("workspace.notFound.title")} · ${t("common.appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("workspace.notFound.title")}</h1>
      <p className="mt-4 text-lg text-slate-800">{t("workspace.notFound.text")}</p>
      <p className="mt-6">
        <Link href="/">{t("workspace.notFound.home")}</Link>
      </p>
    </main>
  );
}
