import type { ReactNode } from "react";
import { AppNotFoundView } from "@/components/not-found/app-not-found";
import { withNotFound } from "@/components/not-found/with-not-found";
import { WorkspaceHeader, type NavItem } from "@/components/shell/workspace-header";
import { currentLogo, logoPath } from "@/lib/features/city-settings/logo/current-logo";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { countUnreadNotifications } from "@/lib/features/reminders/notifications/notifications";
import { citiesOfUser } from "@/lib/kernel/tenancy/city-access";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";

type Props = { children: ReactNode; params: Promise<{ city: string }> };

/** The signed-in shell of one city: header, navigation, and the page (which renders its own <main>). */
async function WorkspaceLayout({ children, params }: Props) {
  const { city: slug } = await params;
  const ctx = await cityPageContext(slug, "workspace.view");
  const locale = await requestLocale();
  const t = translator(locale);
  const base = `/${ctx.city.slug}/workspace`;

  const nav: NavItem[] = [
    { href: base, label: t("workspace.nav.overview"), exact: true },
    { href: `${base}/framework`, label: t("workspace.nav.framework") },
    ...(ctx.can("dashboard.read") ? [{ href: `${base}/dashboard`, label: t("workspace.nav.dashboard") }] : []),
    { href: `${base}/declaration`, label: t("workspace.nav.declaration") },
    { href: `${base}/action-plan`, label: t("workspace.nav.actionPlan") },
    { href: `${base}/indicators`, label: t("workspace.nav.indicators") },
    { href: `${base}/reports`, label: t("workspace.nav.reports") },
    { href: `${base}/consultation`, label: t("workspace.nav.consultation") },
    { href: `${base}/notifications`, label: t("workspace.nav.notifications") },
  ];
  if (ctx.can("settings.manage") || ctx.can("members.read")) {
    nav.push({ href: `${base}/settings`, label: t("workspace.nav.settings") });
  }

  const cities = (await citiesOfUser(ctx.user)).map((c) => ({ slug: c.slug, name: c.name, suspended: c.status === "suspended" }));
  const roleLabel = t(`workspace.roles.${ctx.role}`);
  const [unread, logo] = await Promise.all([countUnreadNotifications(ctx.db, ctx.user.id), currentLogo(ctx.db)]);

  return (
    <>
      <WorkspaceHeader
        city={{ slug: ctx.city.slug, name: ctx.city.name, brandColor: ctx.city.brandColor, logoPath: logo ? logoPath(ctx.city.slug, logo.sha256) : null }}
        roleLabel={t("workspace.header.yourRole", { role: roleLabel })}
        nav={nav}
        navLabel={t("workspace.nav.label")}
        cities={cities}
        locale={locale}
        user={{ name: ctx.user.name, email: ctx.user.email, platformAdmin: ctx.user.platformAdmin }}
        notifications={{ href: `${base}/notifications`, label: t("reminders.userMenu.notifications", { count: unread }) }}
        unread={{ count: unread, label: t("workspace.header.notifications"), countLabel: t("workspace.header.unread") }}
        labels={{
          home: t("workspace.header.home", { city: ctx.city.name }),
          switcher: {
            label: t("workspace.switcher.label"),
            navLabel: t("workspace.switcher.navLabel"),
            suspended: t("workspace.switcher.suspended"),
          },
          language: t("workspace.language.label"),
          languageFailed: t("workspace.language.failed"),
          userMenu: {
            menu: t("workspace.userMenu.label"),
            signedInAs: t("workspace.userMenu.signedInAs"),
            account: t("workspace.userMenu.account"),
            platformAdmin: t("workspace.userMenu.platformAdmin"),
          },
        }}
      />
      {children}
    </>
  );
}

// Another city, or none: "not found" without the workspace around it, so nothing names the city.
export default withNotFound(WorkspaceLayout, AppNotFoundView);
