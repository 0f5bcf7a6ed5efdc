/**
 * The demo's two cities. Fictional cities, with commitments of the kind real human rights cities
 * make, so that the framework pages and dashboards have something true-to-life to show.
 */
import type { ElementKey } from "@/lib/framework/catalogue/types";

export const DEMO_PASSWORD = "charta-demo-2026";

export interface DemoCity {
  slug: string;
  name: string;
  country: string;
  defaultLocale: "nl" | "en";
  domain: string;
  commitments: Partial<Record<ElementKey, { status: "planned" | "in_progress" | "in_place" | "needs_review"; text: string }>>;
}

export const DEMO_CITIES: DemoCity[] = [
  {
    slug: "zonnestad",
    name: "Zonnestad",
    country: "NL",
    defaultLocale: "nl",
    domain: "zonnestad.example",
    commitments: {
      F1: { status: "in_progress", text: "Alle beleidsnota's verwijzen naar de relevante artikelen van het EU-Handvest; juristen toetsen nieuwe verordeningen daaraan." },
      F3: { status: "in_place", text: "De begroting koppelt elk programma aan de duurzameontwikkelingsdoelen (SDG's); de jaarrekening rapporteert erover." },
      S1: { status: "in_progress", text: "Samen met de adviesraad en maatschappelijke organisaties stellen we een mensenrechtenverklaring op, die de gemeenteraad in 2027 vaststelt." },
      S2: { status: "in_place", text: "De wethouder Sociaal Domein is portefeuillehouder mensenrechten en legt daarover jaarlijks verantwoording af aan de raad." },
      S4: { status: "planned", text: "Een participatieve adviesraad mensenrechten met bewoners, jongeren en belangenorganisaties, die drie keer per jaar vergadert." },
      S5: { status: "in_place", text: "Het antidiscriminatiebureau Zonnestad neemt meldingen aan, bemiddelt en rapporteert twee keer per jaar aan de raad." },
      T3: { status: "in_progress", text: "Alle nieuwe medewerkers volgen een e-learning mensenrechten; leidinggevenden krijgen een verdiepende training." },
      T8: { status: "needs_review", text: "Jaarlijkse campagne rond 10 december (Dag van de Rechten van de Mens) met scholen en de bibliotheek; bereik wordt opnieuw bekeken." },
    },
  },
  {
    slug: "riverton",
    name: "Riverton",
    country: "IE",
    defaultLocale: "en",
    domain: "riverton.example",
    commitments: {
      F2: { status: "in_progress", text: "Our policies reference the UN core treaties Ireland has ratified; legal services check new by-laws against them." },
      S1: { status: "in_place", text: "The council adopted the Riverton Human Rights Declaration in 2025 after a public consultation with 40 organisations." },
      S3: { status: "in_progress", text: "A two-person human rights office in the Chief Executive's department coordinates the programme across departments." },
      S6: { status: "planned", text: "From 2027 we publish an annual human rights report, drafted with the advisory council and presented to the council." },
      T1: { status: "in_progress", text: "Every department names a human rights contact person; their annual plans include at least one rights-based objective." },
      T5: { status: "planned", text: "A first local human rights action plan for 2027–2030, with a baseline assessment and measurable indicators." },
      T6: { status: "needs_review", text: "A rights impact checklist for council decisions was piloted in housing; its use in other departments is under review." },
      T9: { status: "in_place", text: "Riverton takes part in a European network of human rights cities and hosts a peer visit every other year." },
    },
  },
];

export const DEMO_ROLES = [
  { role: "city_admin", local: "admin", name: { nl: "Anouk de Vries (beheerder)", en: "Aisling Byrne (city admin)" } },
  { role: "officer", local: "officer", name: { nl: "Sanne Bakker (beleidsmedewerker)", en: "Sean Murphy (officer)" } },
  { role: "council_member", local: "council", name: { nl: "Raadslid Jansen", en: "Councillor O'Brien" } },
  { role: "advisory_member", local: "advisory", name: { nl: "Fatima el Amrani (adviesraad)", en: "Grace Okafor (advisory council)" } },
] as const;

export const PLATFORM_ADMIN = { email: "platform@charta.example", name: "Platform administrator" };
