import Link from "next/link";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";

export default async function Forbidden() {
  const t = translator(await requestLocale());
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <title>{`${t("workspace.forbidden.title")} · ${t("common.appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("workspace.forbidden.title")}</h1>
      <p className="mt-4 text-lg text-slate-800">{t("workspace.forbidden.text")}</p>
      <p className="mt-6">
        <Link href="/">{t("workspace.forbidden.home")}</Link>
      </p>
    </main>
  );
}
