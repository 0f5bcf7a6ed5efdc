import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeader } from "@/components/auth/auth-header";
import { textsFor } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { findPasswordReset } from "@/lib/kernel/auth/password-reset";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { ResetPasswordForm } from "./reset-password-form";

type Props = { params: Promise<{ token: string }> };

const STATUS_MESSAGES = { invalid: "auth.reset.invalid", expired: "auth.reset.expired", used: "auth.reset.used" } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("auth.reset.title"), referrer: "no-referrer" };
}

/** Password reset, and the first city admin's "choose your password" link (same token table). */
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const locale = await requestLocale();
  const t = translator(locale);
  const reset = await findPasswordReset(token);
  const first = reset.status === "open" && !reset.hasPassword;

  return (
    <>
      <AuthHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-md space-y-6 px-4 py-10 focus:outline-none">
        <h1 className="text-3xl font-bold text-slate-900">{t(first ? "auth.reset.titleFirst" : "auth.reset.title")}</h1>
        {reset.status === "open" ? (
          <>
            <p className="text-slate-800">{t(first ? "auth.reset.introFirst" : "auth.reset.intro", { email: reset.email })}</p>
            <ResetPasswordForm
              token={token}
              email={reset.email}
              texts={textsFor(locale, ["auth.newPassword", "auth.confirmPassword", "auth.passwordHint", "auth.reset", "auth.validation"])}
            />
          </>
        ) : (
          <>
            <Alert tone="warning">
              <p>{t(STATUS_MESSAGES[reset.status])}</p>
            </Alert>
            <p>
              <Link href="/forgot-password">{t("auth.reset.requestNew")}</Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
