import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthHeader } from "@/components/auth/auth-header";
import { textsFor } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/current-user";
import { formatRetryTime, parseLoginError } from "@/lib/auth/login-error";
import { oidcSettings } from "@/lib/auth/oidc";
import type { MessageKey } from "@/lib/i18n/dictionary";
import { translator } from "@/lib/i18n/dictionary";
import { requestLocale } from "@/lib/i18n/request-locale";
import { LoginForm } from "./login-form";
import { OidcButton } from "./oidc-button";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, MessageKey> = {
  "password-changed": "auth.login.notices.passwordChanged",
  "password-reset": "auth.login.notices.passwordReset",
  "signed-out": "auth.login.notices.signedOut",
};

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("auth.login.title") };
}

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await getSessionUser()) redirect(callbackUrl);

  const locale = await requestLocale();
  const t = translator(locale);
  const error = parseLoginError(first(params.error));
  const errorMessage = error
    ? t(error.messageKey, error.kind === "throttled" ? { time: formatRetryTime(locale, error.retryAt) } : undefined)
    : null;
  const noticeKey = NOTICES[first(params.notice) ?? ""];
  const oidc = oidcSettings();

  return (
    <>
      <AuthHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-md space-y-6 px-4 py-10 focus:outline-none">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold text-slate-900">{t("auth.login.title")}</h1>
          <p className="text-slate-800">{t("auth.login.intro")}</p>
        </div>
        {noticeKey && !errorMessage ? (
          <Alert tone="success">
            <p>{t(noticeKey)}</p>
          </Alert>
        ) : null}
        <LoginForm
          locale={locale}
          callbackUrl={callbackUrl}
          initialError={errorMessage}
          texts={textsFor(locale, ["auth.email", "auth.password", "auth.login", "auth.errors", "auth.validation"])}
        />
        <p>
          <Link href="/forgot-password">{t("auth.login.forgot")}</Link>
        </p>
        {oidc ? (
          <div className="space-y-3 border-t border-slate-300 pt-6">
            <p className="text-sm text-slate-700">{t("auth.login.or")}</p>
            <OidcButton label={t("auth.login.oidc", { name: oidc.name })} callbackUrl={callbackUrl} />
          </div>
        ) : null}
      </main>
    </>
  );
}
