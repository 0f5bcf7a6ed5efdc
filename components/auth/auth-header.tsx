import Link from "next/link";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { translator } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";

/** The banner of the sign-in, password and invitation pages: the name (home link) and the language switch. */
export function AuthHeader({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline">
          {t("common.appName")}
        </Link>
        <LanguageSwitch current={locale} label={t("workspace.language.label")} failedMessage={t("workspace.language.failed")} />
      </div>
    </header>
  );
}
