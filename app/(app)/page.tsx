import type { Metadata } from "next";
import Link from "next/link";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { UserMenu } from "@/components/shell/user-menu";
import { getSessionUser } from "@/lib/kernel/auth/current-user";
import { homePath } from "@/lib/kernel/auth/home-path";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { listActiveCities } from "@/lib/features/cities/list-active-cities";

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: { absolute: t("publicSite.landing.title") }, description: t("common.tagline") };
}

export default async function LandingPage() {
  const locale = await requestLocale();
  const t = translator(locale);
  const [cities, user] = await Promise.all([listActiveCities(), getSessionUser()]);
  const home = user ? await homePath(user) : null;
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const country = (code: string) => {
    try {
      return regions.of(code) ?? code;
    } catch {
      return code;
    }
  };

  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <p className="text-lg font-bold text-slate-900">{t("common.appName")}</p>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitch current={locale} label={t("workspace.language.label")} failedMessage={t("workspace.language.failed")} />
            {user && home ? (
              <>
                <Link href={home} className="font-medium">
                  {t("publicSite.landing.openWorkspace")}
                </Link>
                <UserMenu
                  user={{ name: user.name, email: user.email, platformAdmin: user.platformAdmin && !user.cityScope }}
                  labels={{
                    menu: t("workspace.userMenu.label"),
                    signedInAs: t("workspace.userMenu.signedInAs"),
                    account: t("workspace.userMenu.account"),
                    platformAdmin: t("workspace.userMenu.platformAdmin"),
                  }}
                />
              </>
            ) : (
              <Link href="/login" className="font-medium">
                {t("publicSite.landing.signIn")}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl space-y-10 px-4 py-10 focus:outline-none">
        <div className="space-y-4">
          <h1 className="text-4xl font-bold text-slate-900">{t("publicSite.landing.title")}</h1>
          <p className="max-w-prose text-lg text-slate-800">{t("publicSite.landing.intro")}</p>
        </div>

        <section aria-labelledby="cities-heading" className="space-y-3">
          <h2 id="cities-heading" className="text-2xl font-semibold text-slate-900">
            {t("publicSite.landing.citiesHeading")}
          </h2>
          {cities.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-6 text-slate-800">{t("publicSite.landing.citiesEmpty")}</p>
          ) : (
            <ul className="space-y-2">
              {cities.map((city) => (
                <li key={city.slug}>
                  <a href={`/${city.slug}/${city.defaultLocale}`} hrefLang={city.defaultLocale}>
                    {t("publicSite.landing.cityLink", { name: city.name, country: country(city.country) })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="sign-in-heading" className="space-y-3">
          <h2 id="sign-in-heading" className="text-2xl font-semibold text-slate-900">
            {user ? t("publicSite.landing.signedInHeading") : t("publicSite.landing.signIn")}
          </h2>
          <p className="text-slate-800">{user ? t("publicSite.landing.signedInAs", { name: user.name }) : t("publicSite.landing.signInHelp")}</p>
          <p>
            <Link
              href={home ?? "/login"}
              className="inline-flex items-center rounded-md bg-blue-700 px-4 py-2 font-semibold text-white no-underline hover:bg-blue-800 hover:text-white"
            >
              {user ? t("publicSite.landing.openWorkspace") : t("publicSite.landing.signIn")}
            </Link>
          </p>
        </section>
      </main>
    </>
  );
}
