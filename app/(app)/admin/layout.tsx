import Link from "next/link";
import { AppNotFoundView } from "@/components/not-found/app-not-found";
import type { ReactNode } from "react";
import { withNotFound } from "@/components/not-found/with-not-found";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { UserMenu } from "@/components/shell/user-menu";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { requirePlatformAdminPage } from "@/lib/kernel/auth/require-platform-admin";

/** The platform admin area's frame. Each page checks the platform admin flag again itself. */
async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePlatformAdminPage("/admin");
  const locale = await requestLocale();
  const t = translator(locale);
  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        <div aria-hidden="true" className="h-1.5 bg-slate-900" />
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <div>
            <Link href="/" className="text-lg font-bold text-slate-900 no-underline hover:underline">
              {t("common.appName")}
            </Link>
            <p className="text-sm text-slate-700">{t("admin.title")}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitch current={locale} label={t("workspace.language.label")} failedMessage={t("workspace.language.failed")} />
            <UserMenu
              user={{ name: user.name, email: user.email, platformAdmin: user.platformAdmin }}
              labels={{
                menu: t("workspace.userMenu.label"),
                signedInAs: t("workspace.userMenu.signedInAs"),
                account: t("workspace.userMenu.account"),
                platformAdmin: t("workspace.userMenu.platformAdmin"),
              }}
            />
          </div>
        </div>
      </header>
      {children}
    </>
  );
}

// Signed in without the platform admin flag: "not found", as for any page that does not exist.
export default withNotFound(AdminLayout, AppNotFoundView);
