/**
 * Mirrors the per-language settings spread over lib/kernel/i18n/locales.ts (LOCALE_NAMES),
 * lib/kernel/i18n/format.ts (TAG), lib/kernel/auth/login-error.ts and components/public/where-city-stands.tsx
 * (the Intl tag), app/(public)/[city]/[locale]/_lib/metadata.ts (OG_LOCALE), lib/features/publication/open-data/dcat.ts
 * (LANGUAGE) and lib/features/declaration/document-text.ts (articleWord).
 * "de-DE" formats months as most German speakers expect; an Austrian city may prefer "de-AT"
 * ("Jänner"), which is a city-level choice (see GLOSSARY.md).
 */
import type { LocaleSettings } from "../../other-types";

export const localeDe: LocaleSettings = {
  name: "Deutsch",
  intlTag: "de-DE",
  ogLocale: "de_DE",
  dcatLanguage: "http://publications.europa.eu/resource/authority/language/DEU",
  articleWord: "Artikel",
};
