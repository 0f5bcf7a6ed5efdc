/**
 * Mirrors the per-language settings spread over lib/i18n/locales.ts (LOCALE_NAMES),
 * lib/i18n/format.ts (TAG), lib/auth/login-error.ts and components/public/where-city-stands.tsx
 * (the Intl tag), app/(public)/[city]/[locale]/_lib/metadata.ts (OG_LOCALE), lib/open-data/dcat.ts
 * (LANGUAGE) and lib/declaration/document-text.ts (articleWord).
 */
import type { LocaleSettings } from "../../other-types";

export const localeFr: LocaleSettings = {
  name: "Français",
  intlTag: "fr-FR",
  ogLocale: "fr_FR",
  dcatLanguage: "http://publications.europa.eu/resource/authority/language/FRA",
  articleWord: "Article",
};
