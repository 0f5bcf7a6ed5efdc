import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { textsFor } from "@/components/auth/texts";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { EmptyState } from "@/components/ui/empty-state";
import { userHasPassword } from "@/lib/kernel/auth/change-password";
import { getSessionUser } from "@/lib/kernel/auth/current-user";
import { dictionary, translator } from "@/lib/features/dictionary";
import { providersForAccount } from "@/lib/kernel/auth/identity/account-providers";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { citiesOfUser } from "@/lib/kernel/tenancy/city-access";
import { ChangePasswordForm } from "./change-password-form";
import { ConnectProviders } from "./connect-providers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("account.title") };
}

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login?callbackUrl=%2Faccount");
  const locale = await requestLocale();
  const t = translator(locale);
  const [cities, hasPassword, providers] = await Promise.all([citiesOfUser(user), userHasPassword(user.id), providersForAccount(user)]);

  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-bold text-slate-900 no-underline">
            {t("common.appName")}
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl space-y-10 px-4 py-10 focus:outline-none">
        <h1 className="text-3xl font-bold text-slate-900">{t("account.title")}</h1>

        <section aria-labelledby="profile-heading" className="space-y-3">
          <h2 id="profile-heading" className="text-2xl font-semibold text-slate-900">
            {t("account.profile.heading")}
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
            <dt className="font-semibold">{t("account.profile.name")}</dt>
            <dd className="break-words">{user.name}</dd>
            <dt className="font-semibold">{t("account.profile.email")}</dt>
            <dd className="break-words">{user.email}</dd>
          </dl>
        </section>

        <section aria-labelledby="cities-heading" className="space-y-3">
          <h2 id="cities-heading" className="text-2xl font-semibold text-slate-900">
            {t("account.cities.heading")}
          </h2>
          {cities.length === 0 ? (
            <EmptyState>
              <p>{t("account.cities.empty")}</p>
            </EmptyState>
          ) : (
            <ul className="space-y-2">
              {cities.map((city) => (
                <li key={city.slug}>
                  <Link href={`/${city.slug}/workspace`}>{city.name}</Link>{" "}
                  <span className="text-slate-700">
                    ({t("account.cities.role", { role: t(`auth.roles.${city.role}`) })}
                    {city.status === "suspended" ? `, ${t("workspace.switcher.suspended")}` : ""})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="password-heading" className="max-w-md space-y-3">
          <h2 id="password-heading" className="text-2xl font-semibold text-slate-900">
            {t("account.password.heading")}
          </h2>
          {hasPassword ? (
            <>
              <p className="text-slate-800">{t("account.password.intro")}</p>
              <ChangePasswordForm
                email={user.email}
                texts={textsFor(locale, ["auth.newPassword", "auth.confirmPassword", "auth.passwordHint", "auth.validation", "account.password"])}
              />
            </>
          ) : (
            <p className="text-slate-800">{t("account.password.noPassword")}</p>
          )}
        </section>

        {providers.length ? (
          <section aria-labelledby="providers-heading" className="space-y-3">
            <h2 id="providers-heading" className="text-2xl font-semibold text-slate-900">
              {t("identity.account.heading")}
            </h2>
            <p className="text-slate-800">{t("identity.account.intro")}</p>
            <ConnectProviders providers={providers} messages={dictionary(locale).identity.account} failed={t("auth.errors.providerUnreachable")} />
          </section>
        ) : null}

        <section aria-labelledby="language-heading" className="space-y-3">
          <h2 id="language-heading" className="text-2xl font-semibold text-slate-900">
            {t("account.language.heading")}
          </h2>
          <p className="text-slate-800">{t("account.language.intro")}</p>
          <LanguageSwitch current={locale} label={t("account.language.label")} failedMessage={t("account.language.failed")} />
        </section>

        <section aria-labelledby="sessions-heading" className="space-y-3">
          <h2 id="sessions-heading" className="text-2xl font-semibold text-slate-900">
            {t("account.sessions.heading")}
          </h2>
          <p className="text-slate-800">{t("account.sessions.intro")}</p>
          <SignOutButton />
        </section>
      </main>
    </>
  );
}
