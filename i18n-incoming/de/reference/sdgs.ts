/**
 * The 17 Sustainable Development Goals (Agenda 2030, UN resolution 70/1), keyed by number as in
 * lib/reference/rights/sdgs.ts: the German short names of the UN icons (UNRIC), which Destatis and
 * Statistik Austria also use for their national SDG indicator reporting.
 */
import type { SdgReference } from "../../reference-types";

export const sdgsDe: SdgReference = {
  1: "Keine Armut",
  2: "Kein Hunger",
  3: "Gesundheit und Wohlergehen",
  4: "Hochwertige Bildung",
  5: "Geschlechtergleichheit",
  6: "Sauberes Wasser und Sanitäreinrichtungen",
  7: "Bezahlbare und saubere Energie",
  8: "Menschenwürdige Arbeit und Wirtschaftswachstum",
  9: "Industrie, Innovation und Infrastruktur",
  10: "Weniger Ungleichheiten",
  11: "Nachhaltige Städte und Gemeinden",
  12: "Nachhaltige/r Konsum und Produktion",
  13: "Maßnahmen zum Klimaschutz",
  14: "Leben unter Wasser",
  15: "Leben an Land",
  16: "Frieden, Gerechtigkeit und starke Institutionen",
  17: "Partnerschaften zur Erreichung der Ziele",
};
