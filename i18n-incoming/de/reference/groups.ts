/** The built-in rights-holder groups of lib/reference/rights/groups.ts, keyed by their stable keys. */
import type { GroupReference } from "../../reference-types";

export const groupsDe: GroupReference = {
  children_youth: "Kinder und Jugendliche",
  older_people: "Ältere Menschen",
  disabilities: "Menschen mit Behinderungen",
  ethnic_minorities_roma: "Ethnische Minderheiten und Roma",
  homeless: "Obdach- und wohnungslose Menschen",
  lgbtiq: "LGBTIQ-Personen",
  migrants_refugees: "Migrant:innen und Geflüchtete",
  women_girls: "Frauen und Mädchen",
  discrimination_victims: "Von Diskriminierung und Hassverbrechen Betroffene",
  poverty: "Armutsbetroffene Menschen",
  religious_minorities: "Religiöse Minderheiten",
};
