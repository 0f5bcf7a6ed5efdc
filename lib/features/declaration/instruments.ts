import type { Locale } from "@/lib/kernel/i18n/locales";

/**
 * The curated list of human rights instruments the picker offers: name in both languages, the
 * abbreviation people use, the year it was adopted, and the page of the body that keeps it.
 */
export interface Instrument {
  key: string;
  abbreviation: string;
  name: Record<Locale, string>;
  year: number;
  url: string;
  /** UN core treaty ratified by every Council of Europe member state: the template names it. */
  inTemplate?: boolean;
  group: "un" | "europe" | "city";
}

const OHCHR = "https://www.ohchr.org/en/instruments-mechanisms/instruments/";

export const INSTRUMENTS: readonly Instrument[] = [
  {
    key: "udhr",
    group: "un",
    abbreviation: "UDHR",
    year: 1948,
    url: "https://www.un.org/en/about-us/universal-declaration-of-human-rights",
    name: { en: "Universal Declaration of Human Rights", nl: "Universele Verklaring van de Rechten van de Mens" },
  },
  {
    key: "iccpr",
    group: "un",
    inTemplate: true,
    abbreviation: "ICCPR",
    year: 1966,
    url: `${OHCHR}international-covenant-civil-and-political-rights`,
    name: { en: "International Covenant on Civil and Political Rights", nl: "Internationaal Verdrag inzake burgerrechten en politieke rechten" },
  },
  {
    key: "icescr",
    group: "un",
    inTemplate: true,
    abbreviation: "ICESCR",
    year: 1966,
    url: `${OHCHR}international-covenant-economic-social-and-cultural-rights`,
    name: {
      en: "International Covenant on Economic, Social and Cultural Rights",
      nl: "Internationaal Verdrag inzake economische, sociale en culturele rechten",
    },
  },
  {
    key: "icerd",
    group: "un",
    inTemplate: true,
    abbreviation: "ICERD",
    year: 1965,
    url: `${OHCHR}international-convention-elimination-all-forms-racial`,
    name: {
      en: "International Convention on the Elimination of All Forms of Racial Discrimination",
      nl: "Internationaal Verdrag inzake de uitbanning van alle vormen van rassendiscriminatie",
    },
  },
  {
    key: "cedaw",
    group: "un",
    inTemplate: true,
    abbreviation: "CEDAW",
    year: 1979,
    url: `${OHCHR}convention-elimination-all-forms-discrimination-against-women`,
    name: {
      en: "Convention on the Elimination of All Forms of Discrimination against Women",
      nl: "Verdrag inzake de uitbanning van alle vormen van discriminatie van vrouwen",
    },
  },
  {
    key: "cat",
    group: "un",
    inTemplate: true,
    abbreviation: "CAT",
    year: 1984,
    url: `${OHCHR}convention-against-torture-and-other-cruel-inhuman-or-degrading`,
    name: {
      en: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
      nl: "Verdrag tegen foltering en andere wrede, onmenselijke of onterende behandeling of bestraffing",
    },
  },
  {
    key: "crc",
    group: "un",
    inTemplate: true,
    abbreviation: "CRC",
    year: 1989,
    url: `${OHCHR}convention-rights-child`,
    name: { en: "Convention on the Rights of the Child", nl: "Verdrag inzake de rechten van het kind" },
  },
  {
    key: "cmw",
    group: "un",
    abbreviation: "ICMW",
    year: 1990,
    url: `${OHCHR}international-convention-protection-rights-all-migrant-workers`,
    name: {
      en: "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
      nl: "Internationaal Verdrag inzake de bescherming van de rechten van alle migrerende werknemers en hun gezinsleden",
    },
  },
  {
    key: "crpd",
    group: "un",
    inTemplate: true,
    abbreviation: "CRPD",
    year: 2006,
    url: `${OHCHR}convention-rights-persons-disabilities`,
    name: { en: "Convention on the Rights of Persons with Disabilities", nl: "Verdrag inzake de rechten van personen met een handicap" },
  },
  {
    key: "cped",
    group: "un",
    abbreviation: "CPED",
    year: 2006,
    url: `${OHCHR}international-convention-protection-all-persons-enforced`,
    name: {
      en: "International Convention for the Protection of All Persons from Enforced Disappearance",
      nl: "Internationaal Verdrag ter bescherming van alle personen tegen gedwongen verdwijning",
    },
  },
  {
    key: "sdgs",
    group: "un",
    abbreviation: "Agenda 2030",
    year: 2015,
    url: "https://sdgs.un.org/2030agenda",
    name: { en: "2030 Agenda for Sustainable Development", nl: "Agenda 2030 voor duurzame ontwikkeling" },
  },
  {
    key: "echr",
    group: "europe",
    abbreviation: "ECHR",
    year: 1950,
    url: "https://www.echr.coe.int/european-convention-on-human-rights",
    name: { en: "European Convention on Human Rights", nl: "Europees Verdrag voor de Rechten van de Mens" },
  },
  {
    key: "esc",
    group: "europe",
    abbreviation: "ESC",
    year: 1996,
    url: "https://www.coe.int/en/web/european-social-charter",
    name: { en: "European Social Charter (revised)", nl: "Europees Sociaal Handvest (herzien)" },
  },
  {
    key: "fcnm",
    group: "europe",
    abbreviation: "FCNM",
    year: 1995,
    url: "https://www.coe.int/en/web/minorities",
    name: { en: "Framework Convention for the Protection of National Minorities", nl: "Kaderverdrag inzake de bescherming van nationale minderheden" },
  },
  {
    key: "istanbul",
    group: "europe",
    abbreviation: "Istanbul Convention",
    year: 2011,
    url: "https://www.coe.int/en/web/istanbul-convention",
    name: {
      en: "Council of Europe Convention on preventing and combating violence against women and domestic violence",
      nl: "Verdrag van de Raad van Europa inzake het voorkomen en bestrijden van geweld tegen vrouwen en huiselijk geweld",
    },
  },
  {
    key: "eucharter",
    group: "europe",
    abbreviation: "EU Charter",
    year: 2000,
    url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12012P/TXT",
    name: { en: "Charter of Fundamental Rights of the European Union", nl: "Handvest van de grondrechten van de Europese Unie" },
  },
  {
    key: "localself",
    group: "europe",
    abbreviation: "ECLSG",
    year: 1985,
    url: "https://www.coe.int/en/web/congress/european-charter-of-local-self-government",
    name: { en: "European Charter of Local Self-Government", nl: "Europees Handvest inzake lokale autonomie" },
  },
  {
    key: "citycharter",
    group: "city",
    abbreviation: "ECSHRC",
    year: 2000,
    url: "https://www.uclg-cisdp.org/en/right-to-the-city/european-charter",
    name: {
      en: "European Charter for the Safeguarding of Human Rights in the City",
      nl: "Europees Handvest voor de bescherming van de mensenrechten in de stad",
    },
  },
];

export function instrument(key: string): Instrument | undefined {
  return INSTRUMENTS.find((i) => i.key === key);
}

/** How a reference reads in the text: "Convention on the Rights of the Child (CRC, 1989)". */
export function referenceText(i: Instrument, locale: Locale): string {
  return `${i.name[locale]} (${i.abbreviation}, ${i.year})`;
}
