/** The built-in rights-holder groups of lib/reference/rights/groups.ts, keyed by their stable keys. */
import type { GroupReference } from "../../reference-types";

export const groupsFr: GroupReference = {
  children_youth: "Enfants et jeunes",
  older_people: "Personnes âgées",
  disabilities: "Personnes en situation de handicap",
  ethnic_minorities_roma: "Minorités ethniques et Roms",
  homeless: "Personnes sans domicile",
  lgbtiq: "Personnes LGBTIQ",
  migrants_refugees: "Personnes migrantes et réfugiées",
  women_girls: "Femmes et filles",
  discrimination_victims: "Victimes de discriminations et de crimes de haine",
  poverty: "Personnes en situation de pauvreté",
  religious_minorities: "Minorités religieuses",
};
