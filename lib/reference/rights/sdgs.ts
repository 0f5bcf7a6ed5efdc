/**
 * The 17 UN Sustainable Development Goals (2030 Agenda, UN General Assembly resolution 70/1),
 * with their short names in English and Dutch and the official SDG icon colours from the
 * UN SDG communications guidelines.
 */

export interface Sdg {
  readonly number: number;
  readonly name: { readonly en: string; readonly nl: string };
  /** Official SDG colour, "#RRGGBB". */
  readonly color: string;
}

export const SDGS: readonly Sdg[] = [
  { number: 1, name: { en: "No poverty", nl: "Geen armoede" }, color: "#E5243B" },
  { number: 2, name: { en: "Zero hunger", nl: "Geen honger" }, color: "#DDA63A" },
  { number: 3, name: { en: "Good health and well-being", nl: "Goede gezondheid en welzijn" }, color: "#4C9F38" },
  { number: 4, name: { en: "Quality education", nl: "Kwaliteitsonderwijs" }, color: "#C5192D" },
  { number: 5, name: { en: "Gender equality", nl: "Gendergelijkheid" }, color: "#FF3A21" },
  { number: 6, name: { en: "Clean water and sanitation", nl: "Schoon water en sanitair" }, color: "#26BDE2" },
  { number: 7, name: { en: "Affordable and clean energy", nl: "Betaalbare en duurzame energie" }, color: "#FCC30B" },
  { number: 8, name: { en: "Decent work and economic growth", nl: "Eerlijk werk en economische groei" }, color: "#A21942" },
  {
    number: 9,
    name: { en: "Industry, innovation and infrastructure", nl: "Industrie, innovatie en infrastructuur" },
    color: "#FD6925",
  },
  { number: 10, name: { en: "Reduced inequalities", nl: "Ongelijkheid verminderen" }, color: "#DD1367" },
  {
    number: 11,
    name: { en: "Sustainable cities and communities", nl: "Duurzame steden en gemeenschappen" },
    color: "#FD9D24",
  },
  {
    number: 12,
    name: { en: "Responsible consumption and production", nl: "Verantwoorde consumptie en productie" },
    color: "#BF8B2E",
  },
  { number: 13, name: { en: "Climate action", nl: "Klimaatactie" }, color: "#3F7E44" },
  { number: 14, name: { en: "Life below water", nl: "Leven in het water" }, color: "#0A97D9" },
  { number: 15, name: { en: "Life on land", nl: "Leven op het land" }, color: "#56C02B" },
  {
    number: 16,
    name: { en: "Peace, justice and strong institutions", nl: "Vrede, justitie en sterke publieke diensten" },
    color: "#00689D",
  },
  {
    number: 17,
    name: { en: "Partnerships for the goals", nl: "Partnerschap om doelstellingen te bereiken" },
    color: "#19486A",
  },
];

const SDGS_BY_NUMBER: ReadonlyMap<number, Sdg> = new Map(SDGS.map((goal) => [goal.number, goal]));

/** The SDG with this number (1–17), or undefined. */
export function sdg(n: number): Sdg | undefined {
  return SDGS_BY_NUMBER.get(n);
}
