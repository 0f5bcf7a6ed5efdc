/**
 * Mirrors lib/features/declaration/templates.ts (the functions english() and dutch()): the starting text of
 * a city's declaration, in German. Instrument references are by key and read as
 * lib/features/declaration/instruments.ts renders them (here: de/other/instruments.ts). References stand
 * in the nominative or accusative feminine, so the inflected German needs no other form of a name.
 */
import type { DeclarationTemplate } from "../../other-types";

export const declarationTemplateDe: DeclarationTemplate = (city) => [
  { type: "heading", level: 1, text: `${city} – Stadt der Menschenrechte` },
  {
    type: "paragraph",
    parts: [
      `Der Gemeinderat der Stadt ${city} erklärt im Namen der Stadt und aller Menschen, die hier leben, arbeiten oder zu Besuch sind, dass die Menschenrechte die Grundlage der kommunalen Politik und Verwaltung bilden: Sie bestimmen, was die Stadt beschließt, wofür sie ihre Mittel einsetzt und wie sie mit den Menschen umgeht.`,
    ],
  },
  {
    type: "paragraph",
    parts: [
      "Die Stadt stützt sich dabei auf die ",
      { ref: "udhr" },
      ", die ",
      { ref: "echr" },
      " und die ",
      { ref: "eucharter" },
      " sowie auf die Kernübereinkommen der Vereinten Nationen, die unser Staat ratifiziert hat, darunter:",
    ],
  },
  { type: "treatyList" },
  {
    type: "paragraph",
    parts: [
      "Eine weitere Inspiration ist die ",
      { ref: "citycharter" },
      ", die die Kommunen daran erinnert, dass Rechte in den Straßen, Schulen und Wohnungen einer Stadt gelebt – oder verweigert – werden.",
    ],
  },
  { type: "article", title: "Würde und Gleichwertigkeit für alle" },
  {
    type: "paragraph",
    parts: [
      `${city} achtet, schützt und gewährleistet die Menschenrechte aller Menschen im Wirkungsbereich der Stadt, ohne jede Diskriminierung, und richtet besonderes Augenmerk auf Menschen, deren Rechte am stärksten gefährdet sind.`,
    ],
  },
  { type: "article", title: "Die Rechte im Mittelpunkt der Politik" },
  {
    type: "paragraph",
    parts: [
      "Beschlüsse des Gemeinderats, Budgets und Dienstleistungen werden vor ihrer Annahme auf ihre Auswirkungen auf die Menschenrechte geprüft; die Ergebnisse werden veröffentlicht.",
    ],
  },
  { type: "article", title: "Beteiligung" },
  {
    type: "paragraph",
    parts: [
      "Die Bevölkerung, die Zivilgesellschaft und die Rechteinhaber:innen selbst wirken an der Gestaltung, Begleitung und Bewertung der Menschenrechtspolitik der Stadt mit. Ein Beirat gibt ihnen eine dauerhafte Stimme, und die Stadt legt offen, was sie mit seinen Empfehlungen gemacht hat.",
    ],
  },
  { type: "article", title: "Wohnen, Gesundheit, Bildung und Arbeit" },
  {
    type: "paragraph",
    parts: [
      "Die Stadt setzt alle ihre Zuständigkeiten ein, um angemessenen Wohnraum, Gesundheitsversorgung, Bildung und menschenwürdige Arbeit für alle zugänglich zu machen, und beseitigt die Hindernisse, auf die sie dabei stößt.",
    ],
  },
  { type: "article", title: "Sicherheit ohne Diskriminierung" },
  {
    type: "paragraph",
    parts: [
      "Die Stadt tritt Hass, Rassismus, Gewalt und Belästigung entgegen, unterstützt die Betroffenen und macht es einfach, Diskriminierung bei einer unabhängigen Stelle zu melden.",
    ],
  },
  { type: "article", title: "Rechenschaft" },
  {
    type: "paragraph",
    parts: [
      "Die Stadt legt konkrete Verpflichtungen in einem Aktionsplan mit Indikatoren fest, berichtet jährlich über die Fortschritte und veröffentlicht die Ergebnisse in verständlicher Sprache.",
    ],
  },
  { type: "article", title: "Zusammenarbeit" },
  {
    type: "paragraph",
    parts: [
      "Die Stadt arbeitet mit Bund und Land, anderen Städten und internationalen Netzwerken zusammen, um die Menschenrechte zu stärken, und teilt ihre Erfahrungen.",
    ],
  },
];
