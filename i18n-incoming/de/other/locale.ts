/**
 * Mirrors the per-language settings spread over lib/i18n/locales.ts (LOCALE_NAMES),
 * lib/i18n/format.ts (TAG), lib/auth/login-error.ts and components/public/where-city-stands.tsx
 * (the Intl tag), app/(public)/[city]/[locale]/_lib/metadata.ts (OG_LOCALE), lib/open-data/dcat.ts
 * (LANGUAGE) and lib/declaration/document-text.ts (articleWord).
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
