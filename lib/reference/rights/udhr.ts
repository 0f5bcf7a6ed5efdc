/**
 * Universal Declaration of Human Rights (UN General Assembly resolution 217 A, 10 December 1948),
 * all 30 articles. The Declaration itself has no article titles: these are short descriptive titles
 * in the style commonly used by the UN and human rights education materials, written to match
 * each article's content, in English and Dutch.
 */

export const UDHR_SOURCE_URL = "https://www.un.org/en/about-us/universal-declaration-of-human-rights";

export interface UdhrArticle {
  readonly number: number;
  readonly title: { readonly en: string; readonly nl: string };
}

export const UDHR_ARTICLES: readonly UdhrArticle[] = [
  {
    number: 1,
    title: { en: "Free and equal in dignity and rights", nl: "Vrij en gelijk in waardigheid en rechten" },
  },
  {
    number: 2,
    title: {
      en: "Entitled to all rights without distinction of any kind",
      nl: "Recht op alle rechten zonder onderscheid van welke aard ook",
    },
  },
  {
    number: 3,
    title: { en: "Right to life, liberty and security of person", nl: "Recht op leven, vrijheid en veiligheid" },
  },
  {
    number: 4,
    title: { en: "Freedom from slavery and servitude", nl: "Verbod op slavernij en dienstbaarheid" },
  },
  {
    number: 5,
    title: {
      en: "Freedom from torture and cruel, inhuman or degrading treatment or punishment",
      nl: "Verbod op foltering en wrede, onmenselijke of vernederende behandeling of bestraffing",
    },
  },
  {
    number: 6,
    title: {
      en: "Right to recognition everywhere as a person before the law",
      nl: "Recht om overal erkend te worden als persoon voor de wet",
    },
  },
  {
    number: 7,
    title: {
      en: "Equality before the law and equal protection against discrimination",
      nl: "Gelijkheid voor de wet en gelijke bescherming tegen discriminatie",
    },
  },
  {
    number: 8,
    title: {
      en: "Right to an effective remedy for violations of rights",
      nl: "Recht op een daadwerkelijk rechtsmiddel bij schending van rechten",
    },
  },
  {
    number: 9,
    title: {
      en: "Freedom from arbitrary arrest, detention or exile",
      nl: "Verbod op willekeurige arrestatie, gevangenhouding of verbanning",
    },
  },
  {
    number: 10,
    title: {
      en: "Right to a fair and public hearing by an independent and impartial tribunal",
      nl: "Recht op een eerlijke en openbare behandeling door een onafhankelijke en onpartijdige rechter",
    },
  },
  {
    number: 11,
    title: {
      en: "Presumption of innocence and no punishment without law",
      nl: "Vermoeden van onschuld en geen straf zonder wet",
    },
  },
  {
    number: 12,
    title: {
      en: "Right to privacy and protection of family, home, correspondence, honour and reputation",
      nl: "Recht op privacy en bescherming van gezin, woning, briefwisseling, eer en goede naam",
    },
  },
  {
    number: 13,
    title: {
      en: "Freedom of movement and residence, and to leave and return to one's country",
      nl: "Vrijheid van verplaatsing en verblijf, en recht om elk land te verlaten en naar het eigen land terug te keren",
    },
  },
  {
    number: 14,
    title: {
      en: "Right to seek and enjoy asylum from persecution",
      nl: "Recht om asiel te zoeken en te genieten tegen vervolging",
    },
  },
  { number: 15, title: { en: "Right to a nationality", nl: "Recht op een nationaliteit" } },
  {
    number: 16,
    title: {
      en: "Right to marry and found a family, with free and full consent",
      nl: "Recht om met vrije en volledige toestemming te huwen en een gezin te stichten",
    },
  },
  { number: 17, title: { en: "Right to own property", nl: "Recht op eigendom" } },
  {
    number: 18,
    title: { en: "Freedom of thought, conscience and religion", nl: "Vrijheid van gedachte, geweten en godsdienst" },
  },
  {
    number: 19,
    title: { en: "Freedom of opinion and expression", nl: "Vrijheid van mening en meningsuiting" },
  },
  {
    number: 20,
    title: {
      en: "Freedom of peaceful assembly and association",
      nl: "Vrijheid van vreedzame vergadering en vereniging",
    },
  },
  {
    number: 21,
    title: {
      en: "Right to take part in government and in free elections",
      nl: "Recht om deel te nemen aan het bestuur en aan vrije verkiezingen",
    },
  },
  {
    number: 22,
    title: {
      en: "Right to social security and economic, social and cultural rights",
      nl: "Recht op sociale zekerheid en economische, sociale en culturele rechten",
    },
  },
  {
    number: 23,
    title: {
      en: "Right to work, to just pay and to join trade unions",
      nl: "Recht op arbeid, een rechtvaardige beloning en lidmaatschap van een vakbond",
    },
  },
  {
    number: 24,
    title: {
      en: "Right to rest and leisure, including holidays with pay",
      nl: "Recht op rust en vrije tijd, waaronder vakantie met behoud van loon",
    },
  },
  {
    number: 25,
    title: {
      en: "Right to an adequate standard of living, including food, clothing, housing and medical care",
      nl: "Recht op een behoorlijke levensstandaard, waaronder voeding, kleding, huisvesting en medische zorg",
    },
  },
  { number: 26, title: { en: "Right to education", nl: "Recht op onderwijs" } },
  {
    number: 27,
    title: {
      en: "Right to take part in cultural life and protection of authors' interests",
      nl: "Recht op deelname aan het culturele leven en bescherming van de belangen van makers",
    },
  },
  {
    number: 28,
    title: {
      en: "Right to a social and international order in which these rights can be realised",
      nl: "Recht op een sociale en internationale orde waarin deze rechten verwezenlijkt kunnen worden",
    },
  },
  {
    number: 29,
    title: {
      en: "Duties to the community and limits on rights and freedoms",
      nl: "Plichten jegens de gemeenschap en grenzen aan rechten en vrijheden",
    },
  },
  {
    number: 30,
    title: {
      en: "No right to destroy the rights in the Declaration",
      nl: "Geen recht om de rechten in de Verklaring teniet te doen",
    },
  },
];

const ARTICLES_BY_NUMBER: ReadonlyMap<number, UdhrArticle> = new Map(UDHR_ARTICLES.map((article) => [article.number, article]));

/** The UDHR article with this number (1–30), or undefined. */
export function udhrArticle(n: number): UdhrArticle | undefined {
  return ARTICLES_BY_NUMBER.get(n);
}
