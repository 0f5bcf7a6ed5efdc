import { NavLink } from "@/components/shell/nav-link";
import type { Translator } from "@/lib/features/dictionary";

/**
 * The sections of the settings area. Departments, rights-holder groups and public pages are readable
 * by every member; `showAdmin` (false for roles without "members.read") hides the sections they cannot open,
 * `showAudit` (true only with "audit.read") shows the audit log.
 */
export function SettingsNav({
  citySlug,
  t,
  showAdmin = true,
  showAudit = false,
}: {
  citySlug: string;
  t: Translator;
  showAdmin?: boolean;
  showAudit?: boolean;
}) {
  const base = `/${citySlug}/workspace/settings`;
  return (
    <nav aria-label={t("settings.navLabel")} className="mb-8 border-b border-slate-300">
      <ul className="flex flex-wrap">
        {showAdmin ? (
          <>
            <li>
              <NavLink href={base} exact>
                {t("settings.nav.general")}
              </NavLink>
            </li>
            <li>
              <NavLink href={`${base}/members`}>{t("settings.nav.members")}</NavLink>
            </li>
            <li>
              <NavLink href={`${base}/sign-in`}>{t("identity.nav")}</NavLink>
            </li>
          </>
        ) : null}
        <li>
          <NavLink href={`${base}/departments`}>{t("commitments.settingsNav.departments")}</NavLink>
        </li>
        <li>
          <NavLink href={`${base}/groups`}>{t("commitments.settingsNav.groups")}</NavLink>
        </li>
        <li>
          <NavLink href={`${base}/public`}>{t("publicSite.publishing.nav")}</NavLink>
        </li>
        {showAudit ? (
          <li>
            <NavLink href={`${base}/audit`}>{t("audit.nav")}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
