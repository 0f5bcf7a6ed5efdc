/**
 * Mirrors lib/features/declaration/templates.ts (the functions english() and dutch()): the starting text of
 * a city's declaration, in French. Instrument references are by key and read as
 * lib/features/declaration/instruments.ts renders them (here: fr/other/instruments.ts).
 */
import type { DeclarationTemplate } from "../../other-types";

export const declarationTemplateFr: DeclarationTemplate = (city) => [
  { type: "heading", level: 1, text: `${city}, ville des droits humains` },
  {
    type: "paragraph",
    parts: [
      `Le conseil municipal de ${city}, au nom de la ville et de toutes les personnes qui y vivent, y travaillent ou la visitent, déclare que les droits humains sont le fondement de l'action publique locale : ils guident ce que la ville décide, la manière dont elle emploie ses moyens et la façon dont elle traite les personnes.`,
    ],
  },
  {
    type: "paragraph",
    parts: [
      "Ce faisant, la ville s'appuie sur la ",
      { ref: "udhr" },
      ", la ",
      { ref: "echr" },
      " et la ",
      { ref: "eucharter" },
      ", ainsi que sur les principaux traités des Nations unies ratifiés par notre pays, parmi lesquels :",
    ],
  },
  { type: "treatyList" },
  {
    type: "paragraph",
    parts: [
      "La ville s'inspire également de la ",
      { ref: "citycharter" },
      ", qui rappelle aux collectivités locales que les droits se vivent, ou se voient refusés, dans les rues, les écoles et les logements d'une ville.",
    ],
  },
  { type: "article", title: "Dignité et égalité pour toutes et tous" },
  {
    type: "paragraph",
    parts: [
      `${city} respecte, protège et met en œuvre les droits humains de chaque personne relevant de son action, sans discrimination d'aucune sorte, et porte une attention particulière aux personnes dont les droits sont les plus menacés.`,
    ],
  },
  { type: "article", title: "Les droits au cœur de l'action publique" },
  {
    type: "paragraph",
    parts: [
      "Les délibérations du conseil municipal, les budgets et les services sont évalués au regard de leurs effets sur les droits humains avant leur adoption, et les conclusions sont rendues publiques.",
    ],
  },
  { type: "article", title: "Participation" },
  {
    type: "paragraph",
    parts: [
      "La population, la société civile et les personnes titulaires de droits participent directement à l'élaboration, au suivi et à l'évaluation de la politique de la ville en matière de droits humains. Un conseil consultatif leur donne une voix permanente, et la ville rend compte de la suite donnée à ses avis.",
    ],
  },
  { type: "article", title: "Logement, santé, éducation et travail" },
  {
    type: "paragraph",
    parts: [
      "La ville mobilise toutes ses compétences pour rendre accessibles à toutes et à tous un logement convenable, les soins de santé, l'éducation et un travail décent, et lève les obstacles qu'elle rencontre.",
    ],
  },
  { type: "article", title: "Sécurité sans discrimination" },
  {
    type: "paragraph",
    parts: [
      "La ville agit contre la haine, le racisme, la violence et le harcèlement, soutient les personnes qui en sont victimes et facilite le signalement des discriminations auprès d'une instance indépendante.",
    ],
  },
  { type: "article", title: "Rendre compte" },
  {
    type: "paragraph",
    parts: [
      "La ville inscrit des engagements concrets dans un plan d'action assorti d'indicateurs, rend compte chaque année des progrès accomplis et en publie les résultats en langage clair.",
    ],
  },
  { type: "article", title: "Coopération" },
  {
    type: "paragraph",
    parts: ["La ville travaille avec l'État, d'autres villes et des réseaux internationaux pour renforcer les droits humains, et partage ce qu'elle apprend."],
  },
];
