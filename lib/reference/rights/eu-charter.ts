/**
 * Charter of Fundamental Rights of the European Union (OJ C 326, 26.10.2012, p. 391), all 54
 * articles grouped into its seven titles ("chapters" here). English titles follow the official
 * English text; Dutch titles follow the official Dutch text, "Handvest van de grondrechten van de
 * Europese Unie" (PB C 326 van 26.10.2012).
 *
 * Reference data shown to city officials: change a title only against the official text.
 */

export const CHARTER_SOURCE_URL = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12012P/TXT";

export type CharterChapter = "dignity" | "freedoms" | "equality" | "solidarity" | "citizens_rights" | "justice" | "general";

export interface CharterChapterInfo {
  readonly key: CharterChapter;
  /** Roman numeral of the title in the Charter ("I" … "VII"). */
  readonly roman: string;
  readonly title: { readonly en: string; readonly nl: string };
  /** First and last article number (inclusive) of this title. */
  readonly firstArticle: number;
  readonly lastArticle: number;
}

export interface CharterArticle {
  readonly number: number;
  readonly title: { readonly en: string; readonly nl: string };
  readonly chapter: CharterChapter;
}

export const CHARTER_CHAPTERS: readonly CharterChapterInfo[] = [
  { key: "dignity", roman: "I", title: { en: "Dignity", nl: "Waardigheid" }, firstArticle: 1, lastArticle: 5 },
  { key: "freedoms", roman: "II", title: { en: "Freedoms", nl: "Vrijheden" }, firstArticle: 6, lastArticle: 19 },
  { key: "equality", roman: "III", title: { en: "Equality", nl: "Gelijkheid" }, firstArticle: 20, lastArticle: 26 },
  { key: "solidarity", roman: "IV", title: { en: "Solidarity", nl: "Solidariteit" }, firstArticle: 27, lastArticle: 38 },
  {
    key: "citizens_rights",
    roman: "V",
    title: { en: "Citizens' rights", nl: "Burgerschap" },
    firstArticle: 39,
    lastArticle: 46,
  },
  // The official Dutch text names Title VI "Rechtspleging".
  { key: "justice", roman: "VI", title: { en: "Justice", nl: "Rechtspleging" }, firstArticle: 47, lastArticle: 50 },
  {
    key: "general",
    roman: "VII",
    title: {
      en: "General provisions governing the interpretation and application of the Charter",
      nl: "Algemene bepalingen betreffende de uitlegging en de toepassing van het Handvest",
    },
    firstArticle: 51,
    lastArticle: 54,
  },
];

export const CHARTER_ARTICLES: readonly CharterArticle[] = [
  // Title I — Dignity
  { number: 1, chapter: "dignity", title: { en: "Human dignity", nl: "Menselijke waardigheid" } },
  { number: 2, chapter: "dignity", title: { en: "Right to life", nl: "Recht op leven" } },
  {
    number: 3,
    chapter: "dignity",
    title: { en: "Right to the integrity of the person", nl: "Recht op menselijke integriteit" },
  },
  {
    number: 4,
    chapter: "dignity",
    title: {
      en: "Prohibition of torture and inhuman or degrading treatment or punishment",
      nl: "Verbod van folteringen en van onmenselijke of vernederende behandelingen of bestraffingen",
    },
  },
  {
    number: 5,
    chapter: "dignity",
    title: { en: "Prohibition of slavery and forced labour", nl: "Verbod van slavernij en dwangarbeid" },
  },

  // Title II — Freedoms
  { number: 6, chapter: "freedoms", title: { en: "Right to liberty and security", nl: "Recht op vrijheid en veiligheid" } },
  {
    number: 7,
    chapter: "freedoms",
    title: {
      en: "Respect for private and family life",
      nl: "De eerbiediging van het privé-leven en van het familie- en gezinsleven",
    },
  },
  {
    number: 8,
    chapter: "freedoms",
    title: { en: "Protection of personal data", nl: "De bescherming van persoonsgegevens" },
  },
  {
    number: 9,
    chapter: "freedoms",
    title: {
      en: "Right to marry and right to found a family",
      nl: "Recht te huwen en recht een gezin te stichten",
    },
  },
  {
    number: 10,
    chapter: "freedoms",
    title: { en: "Freedom of thought, conscience and religion", nl: "Vrijheid van gedachte, geweten en godsdienst" },
  },
  {
    number: 11,
    chapter: "freedoms",
    title: { en: "Freedom of expression and information", nl: "Vrijheid van meningsuiting en van informatie" },
  },
  {
    number: 12,
    chapter: "freedoms",
    title: { en: "Freedom of assembly and of association", nl: "Vrijheid van vergadering en vereniging" },
  },
  {
    number: 13,
    chapter: "freedoms",
    title: { en: "Freedom of the arts and sciences", nl: "Vrijheid van kunsten en wetenschappen" },
  },
  { number: 14, chapter: "freedoms", title: { en: "Right to education", nl: "Recht op onderwijs" } },
  {
    number: 15,
    chapter: "freedoms",
    title: {
      en: "Freedom to choose an occupation and right to engage in work",
      nl: "Vrijheid van beroep en recht te werken",
    },
  },
  { number: 16, chapter: "freedoms", title: { en: "Freedom to conduct a business", nl: "Vrijheid van ondernemerschap" } },
  { number: 17, chapter: "freedoms", title: { en: "Right to property", nl: "Recht op eigendom" } },
  { number: 18, chapter: "freedoms", title: { en: "Right to asylum", nl: "Recht op asiel" } },
  {
    number: 19,
    chapter: "freedoms",
    title: {
      en: "Protection in the event of removal, expulsion or extradition",
      nl: "Bescherming bij verwijdering, uitzetting en uitlevering",
    },
  },

  // Title III — Equality
  { number: 20, chapter: "equality", title: { en: "Equality before the law", nl: "Gelijkheid voor de wet" } },
  { number: 21, chapter: "equality", title: { en: "Non-discrimination", nl: "Non-discriminatie" } },
  {
    number: 22,
    chapter: "equality",
    title: { en: "Cultural, religious and linguistic diversity", nl: "Verscheidenheid van cultuur, godsdienst en taal" },
  },
  {
    number: 23,
    chapter: "equality",
    title: { en: "Equality between women and men", nl: "Gelijkheid van vrouwen en mannen" },
  },
  { number: 24, chapter: "equality", title: { en: "The rights of the child", nl: "De rechten van het kind" } },
  { number: 25, chapter: "equality", title: { en: "The rights of the elderly", nl: "De rechten van ouderen" } },
  {
    number: 26,
    chapter: "equality",
    title: { en: "Integration of persons with disabilities", nl: "Integratie van personen met een handicap" },
  },

  // Title IV — Solidarity
  {
    number: 27,
    chapter: "solidarity",
    title: {
      en: "Workers' right to information and consultation within the undertaking",
      nl: "Recht op informatie en raadpleging van de werknemers binnen de onderneming",
    },
  },
  {
    number: 28,
    chapter: "solidarity",
    title: {
      en: "Right of collective bargaining and action",
      nl: "Recht op collectieve onderhandelingen en op collectieve actie",
    },
  },
  {
    number: 29,
    chapter: "solidarity",
    title: { en: "Right of access to placement services", nl: "Recht op toegang tot arbeidsbemiddeling" },
  },
  {
    number: 30,
    chapter: "solidarity",
    title: { en: "Protection in the event of unjustified dismissal", nl: "Bescherming bij kennelijk onredelijk ontslag" },
  },
  {
    number: 31,
    chapter: "solidarity",
    title: {
      en: "Fair and just working conditions",
      nl: "Rechtvaardige en billijke arbeidsomstandigheden en -voorwaarden",
    },
  },
  {
    number: 32,
    chapter: "solidarity",
    title: {
      en: "Prohibition of child labour and protection of young people at work",
      nl: "Het verbod van kinderarbeid en de bescherming van jongeren op het werk",
    },
  },
  { number: 33, chapter: "solidarity", title: { en: "Family and professional life", nl: "Beroeps- en gezinsleven" } },
  {
    number: 34,
    chapter: "solidarity",
    title: { en: "Social security and social assistance", nl: "Sociale zekerheid en sociale bijstand" },
  },
  { number: 35, chapter: "solidarity", title: { en: "Health care", nl: "Gezondheidszorg" } },
  {
    number: 36,
    chapter: "solidarity",
    title: {
      en: "Access to services of general economic interest",
      nl: "Toegang tot diensten van algemeen economisch belang",
    },
  },
  { number: 37, chapter: "solidarity", title: { en: "Environmental protection", nl: "Milieubescherming" } },
  { number: 38, chapter: "solidarity", title: { en: "Consumer protection", nl: "Consumentenbescherming" } },

  // Title V — Citizens' rights
  {
    number: 39,
    chapter: "citizens_rights",
    title: {
      en: "Right to vote and to stand as a candidate at elections to the European Parliament",
      nl: "Actief en passief kiesrecht bij de verkiezingen voor het Europees Parlement",
    },
  },
  {
    number: 40,
    chapter: "citizens_rights",
    title: {
      en: "Right to vote and to stand as a candidate at municipal elections",
      nl: "Actief en passief kiesrecht bij de gemeenteraadsverkiezingen",
    },
  },
  {
    number: 41,
    chapter: "citizens_rights",
    title: { en: "Right to good administration", nl: "Recht op behoorlijk bestuur" },
  },
  {
    number: 42,
    chapter: "citizens_rights",
    title: { en: "Right of access to documents", nl: "Recht van inzage in documenten" },
  },
  { number: 43, chapter: "citizens_rights", title: { en: "European Ombudsman", nl: "Europese Ombudsman" } },
  { number: 44, chapter: "citizens_rights", title: { en: "Right to petition", nl: "Recht van petitie" } },
  {
    number: 45,
    chapter: "citizens_rights",
    title: { en: "Freedom of movement and of residence", nl: "Vrijheid van verkeer en van verblijf" },
  },
  {
    number: 46,
    chapter: "citizens_rights",
    title: { en: "Diplomatic and consular protection", nl: "Diplomatieke en consulaire bescherming" },
  },

  // Title VI — Justice
  {
    number: 47,
    chapter: "justice",
    title: {
      en: "Right to an effective remedy and to a fair trial",
      nl: "Recht op een doeltreffende voorziening in rechte en op een onpartijdig gerecht",
    },
  },
  {
    number: 48,
    chapter: "justice",
    title: {
      en: "Presumption of innocence and right of defence",
      nl: "Vermoeden van onschuld en rechten van de verdediging",
    },
  },
  {
    number: 49,
    chapter: "justice",
    title: {
      en: "Principles of legality and proportionality of criminal offences and penalties",
      nl: "Legaliteitsbeginsel en evenredigheidsbeginsel inzake delicten en straffen",
    },
  },
  {
    number: 50,
    chapter: "justice",
    title: {
      en: "Right not to be tried or punished twice in criminal proceedings for the same criminal offence",
      nl: "Recht om niet tweemaal in een strafrechtelijke procedure voor hetzelfde delict te worden berecht of gestraft",
    },
  },

  // Title VII — General provisions
  { number: 51, chapter: "general", title: { en: "Field of application", nl: "Toepassingsgebied" } },
  {
    number: 52,
    chapter: "general",
    title: {
      en: "Scope and interpretation of rights and principles",
      nl: "Reikwijdte en uitlegging van de gewaarborgde rechten en beginselen",
    },
  },
  { number: 53, chapter: "general", title: { en: "Level of protection", nl: "Beschermingsniveau" } },
  { number: 54, chapter: "general", title: { en: "Prohibition of abuse of rights", nl: "Verbod van misbruik van recht" } },
];

const ARTICLES_BY_NUMBER: ReadonlyMap<number, CharterArticle> = new Map(CHARTER_ARTICLES.map((article) => [article.number, article]));

/** The Charter article with this number (1–54), or undefined. */
export function charterArticle(n: number): CharterArticle | undefined {
  return ARTICLES_BY_NUMBER.get(n);
}

/** The Charter title ("chapter") with this key. */
export function charterChapter(key: CharterChapter): CharterChapterInfo {
  const chapter = CHARTER_CHAPTERS.find((c) => c.key === key);
  if (!chapter) throw new Error("Unknown charter chapter: " + key);
  return chapter;
}
