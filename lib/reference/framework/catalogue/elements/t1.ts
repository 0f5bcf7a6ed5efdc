import type { FrameworkElement } from "../types";

export const T1: FrameworkElement = {
  key: "T1",
  layer: "tool",
  name: {
    nl: "Mensenrechten mainstreamen in het werk en de activiteiten van de stad",
    en: "Mainstream human rights in the city's work and activities",
  },
  summary: {
    nl: "Zorg dat mensenrechten een vast onderdeel worden van hoe de hele gemeentelijke organisatie plant, besluit en werkt, in plaats van de taak van één afdeling.",
    en: "Make human rights a routine part of how the whole city administration plans, decides and works, rather than the task of a single department.",
  },
  why: {
    nl: "Mainstreamen betekent dat mensenrechten dwars door de hele organisatie heen worden verweven in bestuur en dienstverlening, in plaats van ze als apart beleidsterrein te behandelen. Het is een kernonderdeel van een op mensenrechten gebaseerde aanpak en geldt evengoed voor strategieën, beleid en besluiten als voor het dagelijkse werk aan de balie of op straat. Als rechten in gewone werkprocessen zijn ingebouwd, hangen ze niet langer af van de inzet van een paar betrokken medewerkers. De werkwijze is bekend van specifieke thema's zoals gendermainstreaming, en steden kunnen op die ervaring voortbouwen.",
    en: "Mainstreaming means weaving human rights into governance and services right across the organisation, instead of treating them as a separate policy area. It is a core part of a human rights-based approach and applies to strategies, policies and decisions just as much as to everyday work at the service desk or on the street. Once rights are built into ordinary procedures, they no longer depend on the goodwill of a few committed individuals. The method is already familiar from specific themes such as gender mainstreaming, and cities can build on that experience.",
  },
  how: [
    {
      nl: "Geef mainstreaming een formele basis, bijvoorbeeld via een raadsbesluit of een opdracht van de directie, en zorg dat de top van de organisatie er zichtbaar achter staat.",
      en: "Give mainstreaming a formal basis, for example through a council decision or a mandate from senior management, and make sure the city's leadership visibly backs it.",
    },
    {
      nl: "Ga per afdeling in gesprek over waar mensenrechten het eigen werk raken, en gebruik wat al goed werkt als vertrekpunt om verder uit te bouwen.",
      en: "Discuss with each department where human rights touch its own work, and use what already works well as the starting point for doing more.",
    },
    {
      nl: "Bouw een netwerk van contactpersonen voor mensenrechten in de verschillende afdelingen, zodat informatie, vragen en goede voorbeelden snel rondgaan.",
      en: "Set up a network of human rights contact persons across departments so that information, questions and good examples circulate quickly.",
    },
  ],
  practice: [
    {
      city: "SKR, Sweden (SE)",
      text: {
        nl: "De Zweedse vereniging van gemeenten en regio's (SKR) helpt haar leden om een mensenrechtenperspectief in te bouwen in bestuur, management en dienstverlening. Zij doet dat met mensenrechteneducatie en een online platform voor de aangesloten gemeenten en regio's.",
        en: "The Swedish Association of Local Authorities and Regions (SKR) helps its members build a human rights perspective into governance, management and services. It does this through human rights education and an online platform for member municipalities and regions.",
      },
    },
    {
      city: "Fuenlabrada (ES)",
      text: {
        nl: "Fuenlabrada verankert buurtgericht politiewerk en grondrechten in het dagelijkse werk van de lokale politie, met een gespecialiseerde eenheid, beleid voor diversiteit en inclusie en maatregelen tegen haatmisdrijven. De stad versterkt ook de kennis over de rechten van groepen zoals LHBTIQ+-personen en migranten, en werkt mee aan instrumenten voor op rechten gebaseerd buurtgericht politiewerk.",
        en: "Fuenlabrada is embedding community policing and fundamental rights in the daily work of its local police, through a specialised unit, diversity and inclusion policies and measures against hate crime. The city also builds know-how on the rights of groups such as LGBTIQ people and migrants, and contributes to tools for rights-based community policing.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Mainstreaming van kinderrechten",
        en: "Children's rights mainstreaming",
      },
      publisher: "Council of Europe",
      url: "https://www.coe.int/en/web/children/children-s-rights-mainstreaming",
    },
    {
      title: {
        nl: "Gendermainstreaming bij lokale overheden: goede praktijken",
        en: "Gender mainstreaming in local authorities: best practices",
      },
      publisher: "UN-Habitat",
      url: "https://unhabitat.org",
    },
  ],
};
