/**
 * Mirrors lib/features/declaration/instruments.ts (INSTRUMENTS: name and abbreviation of each instrument,
 * keyed by its key): the French names of the instruments, as their official French texts name
 * them, with the abbreviations used in French where one is established (otherwise the
 * international one).
 */
import type { InstrumentTexts } from "../../other-types";

export const instrumentsFr: InstrumentTexts = {
  udhr: { name: "Déclaration universelle des droits de l'homme", abbreviation: "DUDH" },
  iccpr: { name: "Pacte international relatif aux droits civils et politiques", abbreviation: "PIDCP" },
  icescr: { name: "Pacte international relatif aux droits économiques, sociaux et culturels", abbreviation: "PIDESC" },
  icerd: { name: "Convention internationale sur l'élimination de toutes les formes de discrimination raciale", abbreviation: "CIEDR" },
  cedaw: { name: "Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes", abbreviation: "CEDEF" },
  cat: { name: "Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants", abbreviation: "CAT" },
  crc: { name: "Convention relative aux droits de l'enfant", abbreviation: "CIDE" },
  cmw: {
    name: "Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille",
    abbreviation: "ICMW",
  },
  crpd: { name: "Convention relative aux droits des personnes handicapées", abbreviation: "CIDPH" },
  cped: { name: "Convention internationale pour la protection de toutes les personnes contre les disparitions forcées", abbreviation: "CPED" },
  sdgs: { name: "Programme de développement durable à l'horizon 2030", abbreviation: "Agenda 2030" },
  echr: { name: "Convention européenne des droits de l'homme", abbreviation: "CEDH" },
  esc: { name: "Charte sociale européenne (révisée)", abbreviation: "CSE" },
  fcnm: { name: "Convention-cadre pour la protection des minorités nationales", abbreviation: "CCPMN" },
  istanbul: {
    name: "Convention du Conseil de l'Europe sur la prévention et la lutte contre la violence à l'égard des femmes et la violence domestique",
    abbreviation: "Convention d'Istanbul",
  },
  eucharter: { name: "Charte des droits fondamentaux de l'Union européenne", abbreviation: "Charte de l'UE" },
  localself: { name: "Charte européenne de l'autonomie locale", abbreviation: "CEAL" },
  citycharter: { name: "Charte européenne de sauvegarde des droits de l'homme dans la ville", abbreviation: "CESDHV" },
};
