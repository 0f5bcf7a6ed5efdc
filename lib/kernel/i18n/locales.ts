export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "charta-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export const LOCALE_NAMES: Record<Locale, string> = { nl: "Nederlands", en: "English" };

/**
 * A language's name as a sentence in `inLocale` says it ("Engels" in a Dutch sentence, "English"
 * in an English one), from the runtime's CLDR data. LOCALE_NAMES are the endonyms a language
 * switch shows; inside a sentence the name must be the page's own word for the language.
 */
export function languageName(language: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: "language", fallback: "code" }).of(language) ?? language;
  } catch {
    return language;
  }
}
