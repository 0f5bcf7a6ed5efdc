import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeader } from "@/components/auth/auth-header";
import { textsFor } from "@/components/auth/texts";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("auth.forgot.title") };
}

export default async function ForgotPasswordPage() {
  const locale = await requestLocale();
  const t = translator(locale);
  return (
    <>
      <AuthHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-md space-y-6 px-4 py-10 focus:outline-none">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold text-slate-900">{t("auth.forgot.title")}</h1>
          <p className="text-slate-800">{t("auth.forgot.intro")}</p>
        </div>
        <ForgotPasswordForm texts={textsFor(locale, ["auth.email", "auth.forgot", "auth.validation"])} />
        <p>
          <Link href="/login">{t("auth.forgot.backToLogin")}</Link>
        </p>
      </main>
    </>
  );
}
