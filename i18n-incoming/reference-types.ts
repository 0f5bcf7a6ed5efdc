/**
 * The shapes of the reference data each language folder provides (i18n-incoming/<lang>/reference).
 * Keys are the stable keys of lib/reference/rights and lib/reference/framework: Charter article numbers and title
 * keys, UDHR article numbers, SDG numbers, group keys and framework element keys. The number
 * ranges are spelled out as types so that a missing article is a compile error, not only a test
 * failure.
 */
import type { ElementKey } from "@/lib/reference/framework/catalogue/types";
import type { CharterChapter } from "@/lib/reference/rights/eu-charter";
import type { BuiltInGroupKey } from "@/lib/reference/rights/groups";

type Upto<N extends number, Acc extends number[] = []> = Acc["length"] extends N ? Acc[number] : Upto<N, [...Acc, Acc["length"]]>;
/** 1 … N. */
type OneTo<N extends number> = Exclude<Upto<N>, 0> | N;

export type CharterArticleNumber = OneTo<54>;
export type UdhrArticleNumber = OneTo<30>;
export type SdgNumber = OneTo<17>;

/** The Charter's seven title names and 54 article titles, worded as the official text in this language. */
export interface CharterReference {
  /** Where the official text in this language is published (EUR-Lex). */
  sourceUrl: string;
  chapters: Record<CharterChapter, string>;
  articles: Record<CharterArticleNumber, string>;
}

/** Short themes of the UDHR's 30 articles (the Declaration itself has no article titles). */
export interface UdhrReference {
  sourceUrl: string;
  articles: Record<UdhrArticleNumber, string>;
}

/** The 17 SDG short names as the UN and the national statistics offices use them in this language. */
export type SdgReference = Record<SdgNumber, string>;

/** Names of the built-in rights-holder groups. */
export type GroupReference = Record<BuiltInGroupKey, string>;

/** One framework element's text (lib/reference/framework/catalogue/elements/*.ts), in this language. */
export interface ElementText {
  name: string;
  /**
   * "guide": the name as the FRA guide's edition in this language words it; "rendering": Charta's
   * faithful rendering of the English name, where that edition's wording could not be checked.
   */
  nameSource: "guide" | "rendering";
  summary: string;
  why: string;
  how: [string, string, string];
  /** One text per practice example, in the order of the English list (city names stay as they are). */
  practice: string[];
  /**
   * One title per resource, in the order of the English list. Charta's own descriptive titles are
   * translated; an external publication keeps its published title: the official edition in this
   * language where one exists, otherwise the title as published.
   */
  resources: string[];
}

export type FrameworkReference = Record<ElementKey, ElementText>;
