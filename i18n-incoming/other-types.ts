/**
 * Shapes of the language-bearing texts that live outside lib/kernel/i18n/messages (i18n-incoming/<lang>/other).
 * Each mirrors one source file; the header comment of each language file names it.
 */
import type { DatasetName } from "@/lib/features/publication/open-data/datasets";

/** A piece of template text, or a reference to an instrument of lib/features/declaration/instruments.ts by key. */
export type TemplatePart = string | { ref: string };

/** One block of the declaration template, in the order lib/features/declaration/templates.ts builds them. */
export type TemplateBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; parts: TemplatePart[] }
  | { type: "article"; title: string }
  /** The bulleted list of the UN core treaties (instruments with inTemplate). */
  | { type: "treatyList" };

export type DeclarationTemplate = (city: string) => TemplateBlock[];

/** Name and usual abbreviation of each instrument in lib/features/declaration/instruments.ts, keyed by its key. */
export type InstrumentTexts = Record<string, { name: string; abbreviation: string }>;

/** A dataset of lib/features/publication/open-data/datasets.ts: its title, description and one description per field name. */
export interface DatasetTexts {
  title: string;
  description: string;
  fields: Record<string, string>;
}

/** The open-data texts: lib/features/publication/open-data/datasets.ts, envelope.ts, dcat.ts and atom.ts. */
export interface OpenDataTexts {
  datasets: Record<DatasetName, DatasetTexts>;
  /** envelope.ts NEVER_PUBLISHED. */
  neverPublished: string;
  /** dcat.ts: the catalogue's title, description and keyword. */
  catalogTitle: (city: string) => string;
  catalogDescription: (city: string) => string;
  keyword: string;
  /** atom.ts FEED_TITLE. */
  feedTitle: (city: string) => string;
}

/**
 * What a language needs besides its words: lib/kernel/i18n/locales.ts LOCALE_NAMES, the BCP 47 tag for
 * Intl (lib/kernel/i18n/format.ts TAG, lib/kernel/auth/login-error.ts, components/public/where-city-stands.tsx),
 * the Open Graph locale (app/(public)/[city]/[locale]/_lib/metadata.ts), the EU language authority
 * code (lib/features/publication/open-data/dcat.ts) and the word for "Article" (lib/features/declaration/document-text.ts).
 */
export interface LocaleSettings {
  name: string;
  intlTag: string;
  ogLocale: string;
  dcatLanguage: string;
  articleWord: string;
}

/** app/global-not-found.tsx: the page for addresses no route matches. */
export interface GlobalNotFoundTexts {
  metaTitle: string;
  heading: string;
  text: string;
  startLink: string;
}
