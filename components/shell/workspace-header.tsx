import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { CitySwitcher, type SwitcherCity } from "./city-switcher";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";

export interface NavItem {
  href: string;
  label: string;
  exact?: boolean;
}

// The brand colour reaches a style attribute; only a plain #rrggbb is let through.
const SAFE_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The workspace header: the city (accent bar, logo, name), tools on the right, primary navigation below. */
export function WorkspaceHeader({
  city,
  roleLabel,
  nav,
  navLabel,
  cities,
  locale,
  user,
  notifications,
  unread,
  labels,
}: {
  /** `logoPath`: the city's logo as Charta serves it (lib/features/city-settings/logo), or null. */
  city: { slug: string; name: string; brandColor: string; logoPath: string | null };
  roleLabel: string;
  nav: NavItem[];
  navLabel: string;
  cities: SwitcherCity[];
  locale: Locale;
  user: { name: string; email: string; platformAdmin: boolean };
  /** The link to the person's notifications in this city, its label carrying the unread count. */
  notifications?: { href: string; label: string };
  /** The visible way to the notifications: a link with the unread count as a badge. */
  unread?: { count: number; label: string; countLabel: string };
  labels: {
    home: string;
    switcher: { label: string; navLabel: string; suspended: string };
    language: string;
    languageFailed: string;
    userMenu: { menu: string; signedInAs: string; account: string; platformAdmin: string };
  };
}): ReactNode {
  const accent = SAFE_COLOUR.test(city.brandColor) ? city.brandColor : "#1d4ed8";
  return (
    <header className="border-b border-slate-300 bg-white">
      <div aria-hidden="true" className="h-1.5" style={{ backgroundColor: accent }} />
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-center gap-3">
          {city.logoPath ? (
            // The name is written right next to it, so the logo is decorative (alt="").
            // eslint-disable-next-line @next/next/no-img-element -- served by Charta with a year's caching; next/image would copy it into its own cache on disk.
            <img src={city.logoPath} alt="" className="h-10 w-auto max-w-32 object-contain" />
          ) : null}
          <div>
            <Link href={`/${city.slug}/workspace`} aria-label={labels.home} className="text-lg font-bold text-slate-900 no-underline hover:underline">
              {city.name}
            </Link>
            <p className="text-sm text-slate-700">{roleLabel}</p>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <CitySwitcher cities={cities} currentSlug={city.slug} labels={labels.switcher} />
          {notifications && unread ? (
            <Link href={notifications.href} className="inline-flex items-center gap-2 font-medium">
              {unread.label}
              {unread.count > 0 ? (
                <span className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white">
                  {unread.count}
                  <span className="sr-only"> {unread.countLabel}</span>
                </span>
              ) : null}
            </Link>
          ) : null}
          <LanguageSwitch current={locale} label={labels.language} failedMessage={labels.languageFailed} />
          <UserMenu user={user} labels={labels.userMenu} notifications={notifications} />
        </div>
      </div>
      <nav aria-label={navLabel} className="mx-auto max-w-7xl px-2">
        <ul className="flex flex-wrap">
          {nav.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href} exact={item.exact}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
