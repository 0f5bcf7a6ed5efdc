/**
 * The 17 Sustainable Development Goals (Programme de développement durable à l'horizon 2030,
 * résolution 70/1), keyed by number as in lib/reference/rights/sdgs.ts: the French short names of the UN
 * icons, also used by the French government's Agenda 2030 site. INSEE's national indicator
 * dashboard words two of them differently ("Énergies propres et d'un coût abordable", "Lutte
 * contre les changements climatiques"); see GLOSSARY.md.
 */
import type { SdgReference } from "../../reference-types";

export const sdgsFr: SdgReference = {
  1: "Pas de pauvreté",
  2: "Faim « zéro »",
  3: "Bonne santé et bien-être",
  4: "Éducation de qualité",
  5: "Égalité entre les sexes",
  6: "Eau propre et assainissement",
  7: "Énergie propre et d'un coût abordable",
  8: "Travail décent et croissance économique",
  9: "Industrie, innovation et infrastructure",
  10: "Inégalités réduites",
  11: "Villes et communautés durables",
  12: "Consommation et production responsables",
  13: "Mesures relatives à la lutte contre les changements climatiques",
  14: "Vie aquatique",
  15: "Vie terrestre",
  16: "Paix, justice et institutions efficaces",
  17: "Partenariats pour la réalisation des objectifs",
};
