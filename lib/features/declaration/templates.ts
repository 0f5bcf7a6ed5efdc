import type { Locale } from "@/lib/kernel/i18n/locales";
import type { BlockNode, DeclarationDoc, InlineNode } from "./document-schema";
import { INSTRUMENTS, instrument, referenceText } from "./instruments";

/**
 * The starting text the platform ships, in Dutch and English: a preamble that names the
 * instruments the city builds on (each a link to its official page) and articles that a city
 * adapts. Written for Charta; the city's name is filled in.
 */

export type TemplateChoice = "blank" | "en" | "nl";

const text = (s: string): InlineNode => ({ type: "text", text: s });
const ref = (key: string, locale: Locale): InlineNode => {
  const i = instrument(key)!;
  return { type: "text", text: referenceText(i, locale), marks: [{ type: "link", attrs: { href: i.url } }] };
};
const p = (...parts: (string | InlineNode)[]): BlockNode => ({ type: "paragraph", content: parts.map((x) => (typeof x === "string" ? text(x) : x)) });
const article = (title: string): BlockNode => ({ type: "article", content: [text(title)] });
const heading = (title: string, level: 1 | 2 | 3): BlockNode => ({ type: "heading", attrs: { level }, content: [text(title)] });

function treatyList(locale: Locale): BlockNode {
  return {
    type: "bulletList",
    content: INSTRUMENTS.filter((i) => i.inTemplate).map((i) => ({ type: "listItem", content: [{ type: "paragraph", content: [ref(i.key, locale)] }] })),
  };
}

function english(city: string): BlockNode[] {
  const l: Locale = "en";
  return [
    heading(`${city}: a human rights city`, 1),
    p(
      `The municipal council of ${city}, speaking for the city and everyone who lives in, works in or visits it, declares that human rights are the foundation of local government here: they guide what the city decides, how it spends its money and how it treats people.`,
    ),
    p(
      "In doing so the city builds on the ",
      ref("udhr", l),
      ", the ",
      ref("echr", l),
      " and the ",
      ref("eucharter", l),
      ", and on the United Nations core treaties that our state has ratified, among them:",
    ),
    treatyList(l),
    p(
      "The city also takes inspiration from the ",
      ref("citycharter", l),
      ", which reminds local authorities that rights are lived, or denied, in the streets, schools and homes of a city.",
    ),
    article("Dignity and equality for everyone"),
    p(
      `${city} respects, protects and fulfils the human rights of every person within its reach, without discrimination of any kind, and pays particular attention to people whose rights are most at risk.`,
    ),
    article("Rights at the centre of policy"),
    p("Council decisions, budgets and services are assessed for their effect on human rights before they are adopted, and the findings are made public."),
    article("Participation"),
    p(
      "Residents, civil society and rights-holders themselves take part in shaping, monitoring and evaluating the city's human rights policy. An advisory council gives them a permanent voice, and the city reports back on what it did with their advice.",
    ),
    article("Housing, health, education and work"),
    p(
      "The city uses all its powers to make adequate housing, health care, education and decent work accessible to everyone, and removes the obstacles it finds.",
    ),
    article("Safety without discrimination"),
    p(
      "The city acts against hate, racism, violence and harassment, supports those affected and makes it easy to report discrimination to an independent body.",
    ),
    article("Accountability"),
    p("The city sets out concrete commitments in an action plan with indicators, reports on progress every year and publishes the results in plain language."),
    article("Working with others"),
    p("The city works with the national government, other cities and international networks to strengthen human rights, and shares what it learns."),
  ];
}

function dutch(city: string): BlockNode[] {
  const l: Locale = "nl";
  return [
    heading(`${city}: een mensenrechtenstad`, 1),
    p(
      `De gemeenteraad van ${city} verklaart, namens de stad en iedereen die er woont, werkt of op bezoek is, dat de mensenrechten het fundament zijn van het lokaal bestuur: zij bepalen wat de stad besluit, waaraan zij haar geld besteedt en hoe zij met mensen omgaat.`,
    ),
    p(
      "De stad bouwt daarbij voort op de ",
      ref("udhr", l),
      ", het ",
      ref("echr", l),
      " en het ",
      ref("eucharter", l),
      ", en op de kernverdragen van de Verenigde Naties die ons land heeft geratificeerd, waaronder:",
    ),
    treatyList(l),
    p(
      "De stad laat zich ook inspireren door het ",
      ref("citycharter", l),
      ", dat lokale overheden eraan herinnert dat rechten worden waargemaakt, of geschonden, in de straten, scholen en woningen van een stad.",
    ),
    article("Waardigheid en gelijkwaardigheid voor iedereen"),
    p(
      `${city} respecteert, beschermt en verwezenlijkt de mensenrechten van iedereen binnen haar bereik, zonder enige vorm van discriminatie, en heeft bijzondere aandacht voor mensen van wie de rechten het meest onder druk staan.`,
    ),
    article("Rechten als uitgangspunt van beleid"),
    p("Raadsbesluiten, begrotingen en dienstverlening worden vooraf getoetst op hun gevolgen voor de mensenrechten, en de uitkomsten worden openbaar gemaakt."),
    article("Meedoen"),
    p(
      "Inwoners, maatschappelijke organisaties en rechthebbenden zelf denken mee over het mensenrechtenbeleid van de stad, en volgen en beoordelen het. Een adviesraad geeft hun een vaste stem, en de stad laat weten wat zij met hun advies heeft gedaan.",
    ),
    article("Wonen, zorg, onderwijs en werk"),
    p(
      "De stad zet al haar bevoegdheden in om passende huisvesting, gezondheidszorg, onderwijs en fatsoenlijk werk voor iedereen bereikbaar te maken, en neemt de drempels weg die zij tegenkomt.",
    ),
    article("Veiligheid zonder discriminatie"),
    p(
      "De stad treedt op tegen haat, racisme, geweld en intimidatie, steunt wie erdoor getroffen wordt en maakt het eenvoudig om discriminatie te melden bij een onafhankelijke instantie.",
    ),
    article("Verantwoording"),
    p(
      "De stad legt concrete toezeggingen vast in een actieplan met indicatoren, rapporteert jaarlijks over de voortgang en publiceert de resultaten in begrijpelijke taal.",
    ),
    article("Samenwerken"),
    p("De stad werkt samen met het Rijk, andere steden en internationale netwerken om de mensenrechten te versterken, en deelt wat zij leert."),
  ];
}

export function templateDocument(choice: TemplateChoice, cityName: string): DeclarationDoc {
  if (choice === "blank") return { type: "doc", content: [{ type: "paragraph" }] };
  return { type: "doc", content: choice === "nl" ? dutch(cityName) : english(cityName) };
}
