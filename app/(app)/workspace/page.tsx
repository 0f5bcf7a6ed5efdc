import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { EmptyState } from "@/components/ui/empty-state";
import { getSessionUser } from "@/lib/kernel/auth/current-user";
import { CHOOSER_PATH, homePathOf } from "@/lib/kernel/auth/home-path";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { citiesOfUser } from "@/lib/kernel/tenancy/city-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("account.home.title") };
}

/**
 * Where sign-in leads when there is more than one place to go: the person's cities (and the
 * platform administration for a platform admin). With exactly one place, it goes straight there.
 */
export default async function WorkspaceChooserPage() {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(CHOOSER_PATH)}`);
  const cities = await citiesOfUser(user);
  const home = homePathOf(user, cities);
  if (home !== CHOOSER_PATH) redirect(home);
  const locale = await requestLocale();
  const t = translator(locale);
  const platformAdmin = user.platformAdmin && !user.cityScope;

  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-bold text-slate-900 no-underline">
            {t("common.appName")}
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitch current={locale} label={t("workspace.language.label")} failedMessage={t("workspace.language.failed")} />
            <Link href="/account">{t("workspace.userMenu.account")}</Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl space-y-8 px-4 py-10 focus:outline-none">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold text-slate-900">{t("account.home.title")}</h1>
          <p className="text-slate-800">{t("publicSite.landing.signedInAs", { name: user.name })}</p>
        </div>
        {cities.length === 0 && !platformAdmin ? (
          <EmptyState>
            <p>{t("account.cities.empty")}</p>
          </EmptyState>
        ) : (
          <>
            <p className="text-slate-800">{t("account.home.intro")}</p>
            <ul className="space-y-3">
              {cities.map((city) => (
                <li key={city.slug} className="rounded-lg border border-slate-300 bg-white p-4">
                  <Link href={`/${city.slug}/workspace`} className="text-lg font-semibold">
                    {t("account.home.open", { city: city.name })}
                  </Link>
                  <p className="text-slate-700">
                    {t("account.cities.role", { role: t(`auth.roles.${city.role}`) })}
                    {city.status === "suspended" ? `, ${t("workspace.switcher.suspended")}` : ""}
                  </p>
                </li>
              ))}
              {platformAdmin ? (
                <li className="rounded-lg border border-slate-300 bg-white p-4">
                  <Link href="/admin" className="text-lg font-semibold">
                    {t("account.home.platformAdmin")}
                  </Link>
                  <p className="text-slate-700">{t("account.home.platformAdminHelp")}</p>
                </li>
              ) : null}
            </ul>
          </>
        )}
      </main>
    </>
  );
}
