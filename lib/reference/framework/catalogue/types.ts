/**
 * The FRA human rights city framework as typed data. Text is written for Charta from the
 * FRA guide "Human rights cities in the EU" (2022; Dutch edition 2024); FRA is credited
 * wherever this catalogue is shown.
 */
export const LAYERS = ["foundation", "structure", "tool"] as const;
export type Layer = (typeof LAYERS)[number];

export const ELEMENT_KEYS = ["F1", "F2", "F3", "F4", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];

export type CatalogueLocale = "nl" | "en";

/** One string in every language the catalogue ships. */
export type Localized = Record<CatalogueLocale, string>;

export interface PracticeExample {
  /** City (and country) where the practice comes from, e.g. "Utrecht (NL)". */
  city: string;
  /** What the city did, two or three sentences. */
  text: Localized;
}

export interface KeyResource {
  title: Localized;
  /** Publisher or author, e.g. "FRA", "Council of Europe", "UN OHCHR". */
  publisher: string;
  url: string;
}

export interface FrameworkElement {
  key: ElementKey;
  layer: Layer;
  name: Localized;
  /** One or two sentences: what this element asks of a city. */
  summary: Localized;
  /** Why it matters: one paragraph. */
  why: Localized;
  /** The guide's three pieces of "how" advice. */
  how: [Localized, Localized, Localized];
  practice: PracticeExample[];
  resources: KeyResource[];
}
