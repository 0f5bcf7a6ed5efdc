import { NavLink } from "@/components/shell/nav-link";
import type { Translator } from "@/lib/i18n/dictionary";

/** The two sections of the settings area. */
export function SettingsNav({ citySlug, t }: { citySlug: string; t: Translator }) {
  const base = `/${citySlug}/workspace/settings`;
  return (
    <nav aria-label={t("settings.navLabel")} className="mb-8 border-b border-slate-300">
      <ul className="flex flex-wrap">
        <li>
          <NavLink href={base} exact>
            {t("settings.nav.general")}
          </NavLink>
        </li>
        <li>
          <NavLink href={`${base}/members`}>{t("settings.nav.members")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
