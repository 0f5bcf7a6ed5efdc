/**
 * The demo's two cities. Fictional cities, with commitments of the kind real human rights cities
 * make — owners, departments, target dates, links to rights, goals and groups, and two years of
 * updates — so that the framework pages and dashboards have something true-to-life to show.
 */
import type { DemoCity } from "./demo-types";
import { RIVERTON } from "./records/riverton";
import { ZONNESTAD } from "./records/zonnestad";

export type { DemoCity } from "./demo-types";

export const DEMO_PASSWORD = "charta-demo-2026";

export const DEMO_CITIES: DemoCity[] = [ZONNESTAD, RIVERTON];

export const DEMO_ROLES = [
  { role: "city_admin", local: "admin", name: { nl: "Anouk de Vries (beheerder)", en: "Aisling Byrne (city admin)" } },
  { role: "officer", local: "officer", name: { nl: "Sanne Bakker (beleidsmedewerker)", en: "Sean Murphy (officer)" } },
  { role: "council_member", local: "council", name: { nl: "Raadslid Jansen", en: "Councillor O'Brien" } },
  { role: "advisory_member", local: "advisory", name: { nl: "Fatima el Amrani (adviesraad)", en: "Grace Okafor (advisory council)" } },
] as const;

export const PLATFORM_ADMIN = { email: "platform@charta.example", name: "Platform administrator" };
