/**
 * Mirrors lib/features/declaration/instruments.ts (INSTRUMENTS: name and abbreviation of each instrument,
 * keyed by its key): the German names of the instruments, as their official German texts or the
 * bodies that keep them name them, with the abbreviations used in German-speaking countries where
 * one is established (otherwise the international one).
 */
import type { InstrumentTexts } from "../../other-types";

export const instrumentsDe: InstrumentTexts = {
  udhr: { name: "Allgemeine Erklärung der Menschenrechte", abbreviation: "AEMR" },
  iccpr: { name: "Internationaler Pakt über bürgerliche und politische Rechte", abbreviation: "IPbpR" },
  icescr: { name: "Internationaler Pakt über wirtschaftliche, soziale und kulturelle Rechte", abbreviation: "IPwskR" },
  icerd: { name: "Internationales Übereinkommen zur Beseitigung jeder Form von Rassendiskriminierung", abbreviation: "ICERD" },
  cedaw: { name: "Übereinkommen zur Beseitigung jeder Form von Diskriminierung der Frau", abbreviation: "CEDAW" },
  cat: { name: "Übereinkommen gegen Folter und andere grausame, unmenschliche oder erniedrigende Behandlung oder Strafe", abbreviation: "CAT" },
  crc: { name: "Übereinkommen über die Rechte des Kindes", abbreviation: "UN-KRK" },
  cmw: { name: "Internationale Konvention zum Schutz der Rechte aller Wanderarbeitnehmer und ihrer Familienangehörigen", abbreviation: "ICMW" },
  crpd: { name: "Übereinkommen über die Rechte von Menschen mit Behinderungen", abbreviation: "UN-BRK" },
  cped: { name: "Internationales Übereinkommen zum Schutz aller Personen vor dem Verschwindenlassen", abbreviation: "CPED" },
  sdgs: { name: "Agenda 2030 für nachhaltige Entwicklung", abbreviation: "Agenda 2030" },
  echr: { name: "Europäische Menschenrechtskonvention", abbreviation: "EMRK" },
  esc: { name: "Europäische Sozialcharta (revidiert)", abbreviation: "RESC" },
  fcnm: { name: "Rahmenübereinkommen zum Schutz nationaler Minderheiten", abbreviation: "FCNM" },
  istanbul: {
    name: "Übereinkommen des Europarats zur Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt",
    abbreviation: "Istanbul-Konvention",
  },
  eucharter: { name: "Charta der Grundrechte der Europäischen Union", abbreviation: "GRC" },
  localself: { name: "Europäische Charta der kommunalen Selbstverwaltung", abbreviation: "ECLSG" },
  citycharter: { name: "Europäische Charta für den Schutz der Menschenrechte in der Stadt", abbreviation: "ECSHRC" },
};
