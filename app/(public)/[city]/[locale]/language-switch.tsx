"use client";

import { usePathname } from "next/navigation";
import { LOCALE_NAMES, type Locale } from "@/lib/kernel/i18n/locales";

/**
 * Links to the same page in the city's other languages: the language is the second segment of
 * the path (/<city>/<locale>/…). Plain links with hreflang, so they work without JavaScript
 * (the path is known when the page is rendered on the server).
 */
export function LanguageSwitch({ slug, locale, locales, label }: { slug: string; locale: Locale; locales: Locale[]; label: string }) {
  const pathname = usePathname() ?? `/${slug}/${locale}`;
  const rest = pathname.split("/").slice(3).join("/");
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
              <a href={`/${slug}/${l}${rest ? `/${rest}` : ""}`} hrefLang={l} lang={l} className="hover:text-blue-950">
                {LOCALE_NAMES[l]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
