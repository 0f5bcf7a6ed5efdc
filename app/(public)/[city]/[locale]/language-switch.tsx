"use client";

import { usePathname } from "next/navigation";
import { LOCALE_NAMES, type Locale } from "@/lib/kernel/i18n/locales";

/**
 * Links to the same page in the city's other languages: the language is the second segment of
 * the path (/<city>/<locale>/…). Plain links with hreflang, so they work without JavaScript
 * (the path is known when the page is rendered on the server). A page that exists in fewer
 * languages (`partial`) links the others to its section instead of to a 404.
 */
export function LanguageSwitch({
  slug,
  locale,
  locales,
  partial = {},
  label,
}: {
  slug: string;
  locale: Locale;
  locales: Locale[];
  /** Paths (after /<city>/<locale>/) that exist in some languages only, with those languages. */
  partial?: Record<string, Locale[]>;
  label: string;
}) {
  const pathname = usePathname() ?? `/${slug}/${locale}`;
  const path = pathname.split("/").slice(3).join("/");
  // In a language the page does not exist in, the link goes to the section it belongs to.
  const rest = (l: Locale) => (partial[path] && !partial[path].includes(l) ? path.split("/")[0]! : path);
  if (locales.length < 2) return null;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3">
        {locales.map((l) =>
          l === locale ? (
            <li key={l} lang={l}>
              <span aria-current="true" className="font-semibold underline decoration-2 underline-offset-4">
                {LOCALE_NAMES[l]}
              </span>
            </li>
          ) : (
            <li key={l}>
              <a href={`/${slug}/${l}${rest(l) ? `/${rest(l)}` : ""}`} hrefLang={l} lang={l} className="hover:text-blue-950">
                {LOCALE_NAMES[l]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
