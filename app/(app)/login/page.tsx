import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthHeader } from "@/components/auth/auth-header";
import { ProviderButton } from "@/components/auth/provider-button";
import { textsFor } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { safeCallbackUrl } from "@/lib/kernel/auth/callback-url";
import { getSessionUser } from "@/lib/kernel/auth/current-user";
import { CHOOSER_PATH, homePath } from "@/lib/kernel/auth/home-path";
import { formatRetryTime, parseLoginError } from "@/lib/kernel/auth/login-error";
import { citiesWithProviders, citySlugOfPath, signInCity } from "@/lib/kernel/auth/identity/sign-in-cities";
import type { MessageKey } from "@/lib/features/dictionary";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { LoginForm } from "./login-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, MessageKey> = {
  "password-changed": "auth.login.notices.passwordChanged",
  "password-reset": "auth.login.notices.passwordReset",
  "signed-out": "auth.login.notices.signedOut",
};

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = translator(await requestLocale());
  const city = await signInCity(first((await searchParams).city));
  return { title: city ? t("auth.login.cityTitle", { city: city.name }) : t("auth.login.title") };
}

/**
 * The sign-in page. For a city (`?city=<slug>`, or the city of the page the person was going to)
 * it offers that city's own providers first; the password form is always there. The general page
 * names the cities that have their own sign-in, so nobody has to know the URL.
 */
export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const city = await signInCity(first(params.city) ?? citySlugOfPath(safeCallbackUrl(first(params.callbackUrl))));
  // Without a destination, sign-in leads to the person's workspace (app/(app)/workspace decides which).
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl), city ? `/${city.slug}/workspace` : CHOOSER_PATH);
  const signedIn = await getSessionUser();
  if (signedIn) redirect(callbackUrl === "/" ? await homePath(signedIn) : callbackUrl);

  const locale = await requestLocale();
  const t = translator(locale);
  const error = parseLoginError(first(params.error));
  const errorMessage = error ? t(error.messageKey, error.kind === "throttled" ? { time: formatRetryTime(locale, error.retryAt) } : undefined) : null;
  const noticeKey = NOTICES[first(params.notice) ?? ""];
  const providers = city?.providers ?? [];
  const otherCities = city ? [] : await citiesWithProviders();
  const cityLink = (slug: string) => `/login?${new URLSearchParams({ city: slug, ...(callbackUrl !== CHOOSER_PATH ? { callbackUrl } : {}) })}`;

  return (
    <>
      <AuthHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-md space-y-6 px-4 py-10 focus:outline-none">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold text-slate-900">{city ? t("auth.login.cityTitle", { city: city.name }) : t("auth.login.title")}</h1>
          <p className="text-slate-800">{city && providers.length ? t("auth.login.cityIntro", { city: city.name }) : t("auth.login.intro")}</p>
        </div>
        {noticeKey && !errorMessage ? (
          <Alert tone="success">
            <p>{t(noticeKey)}</p>
          </Alert>
        ) : null}
        {providers.length ? (
          <>
            {errorMessage ? <Alert tone="error">{errorMessage}</Alert> : null}
            <ul className="space-y-3" aria-label={t("auth.login.providersHeading")}>
              {providers.map((p) => (
                <li key={p.id}>
                  <ProviderButton
                    providerId={p.id}
                    variant="primary"
                    label={t("auth.login.withProvider", { name: p.displayName })}
                    pendingLabel={t("auth.login.submitting")}
                    failedLabel={t("auth.errors.providerUnreachable")}
                    callbackUrl={callbackUrl}
                  />
                </li>
              ))}
            </ul>
            <h2 className="border-t border-slate-300 pt-6 text-lg font-semibold text-slate-900">{t("auth.login.orPassword")}</h2>
          </>
        ) : null}
        <LoginForm
          locale={locale}
          callbackUrl={callbackUrl}
          initialError={providers.length ? null : errorMessage}
          texts={textsFor(locale, ["auth.email", "auth.password", "auth.login", "auth.errors", "auth.validation"])}
        />
        <p>
          <Link href="/forgot-password">{t("auth.login.forgot")}</Link>
        </p>
        {otherCities.length ? (
          <section aria-labelledby="city-sign-in" className="space-y-2 border-t border-slate-300 pt-6">
            <h2 id="city-sign-in" className="text-lg font-semibold text-slate-900">
              {t("auth.login.providersHeading")}
            </h2>
            <p className="text-slate-800">{t("auth.login.providersHelp")}</p>
            <ul className="list-disc space-y-1 pl-6">
              {otherCities.map((c) => (
                <li key={c.slug}>
                  <Link href={cityLink(c.slug)}>{t("auth.login.providersCity", { city: c.name })}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </>
  );
}
