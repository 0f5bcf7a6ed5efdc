import type { FrameworkElement } from "../types";

export const T7: FrameworkElement = {
  key: "T7",
  layer: "tool",
  name: {
    nl: "Het werk van de stad op participatieve wijze monitoren en evalueren",
    en: "Monitor and evaluate the city's work in a participatory way",
  },
  summary: {
    nl: "Beoordeel regelmatig welke invloed het beleid en de acties van de stad hebben op de mensenrechten, samen met de mensen voor wie ze bedoeld zijn en met het maatschappelijk middenveld.",
    en: "Regularly assess how the city's policies and actions affect human rights, together with the people they are meant to benefit and with civil society.",
  },
  why: {
    nl: "Lokale overheden moeten stelselmatig nagaan welk effect hun beleid en acties hebben op de mensenrechten. Monitoring en evaluatie laten zien wat het best werkt, brengen problemen aan het licht die verdere actie vragen en leveren vaak nieuwe ideeën op. Ze maken openbare diensten bovendien controleerbaarder en transparanter. Als inwoners zien dat de stad haar eigen prestaties eerlijk meet, groeit hun vertrouwen in het lokale bestuur.",
    en: "Local authorities need to look systematically at the effect their policies and actions have on human rights. Monitoring and evaluation show what works best, bring to light problems that need further action and often generate new ideas. They also make public services more accountable and transparent. When residents see that the city measures its own performance honestly, their trust in local government grows.",
  },
  how: [
    {
      nl: "Bepaal welke manier van monitoren en evalueren het best past bij uw eigen lokale situatie, in plaats van een model klakkeloos over te nemen.",
      en: "Work out which way of monitoring and evaluating policy suits your own local context best, rather than copying a model wholesale.",
    },
    {
      nl: "Maak gebruik van bestaande indicatorenkaders, zoals die van de SDG's, of van evaluatie-instrumenten voor specifieke thema's zoals interculturaliteit, gelijkheid en non-discriminatie, kinderrechten of de inclusie van Roma.",
      en: "Use existing indicator frameworks, such as the one for the SDGs, or evaluation tools for specific themes such as interculturality, equality and non-discrimination, children's rights or Roma inclusion.",
    },
    {
      nl: "Betrek de mensen voor wie het beleid bedoeld is en maatschappelijke organisaties bij het monitoren en evalueren.",
      en: "Involve the people the policy is meant for, and civil society organisations, in monitoring and evaluation.",
    },
  ],
  practice: [
    {
      city: "Lund (SE)",
      text: {
        nl: "Lund baseerde zijn actieplan tegen discriminatie voor 2020–2021 op een evaluatie van het plan voor 2019–2020. Reacties van leerlingen, leraren en ander personeel, verzameld via enquêtes, werden gebruikt bij het opstellen van het nieuwe plan.",
        en: "Lund based its 2020–2021 action plan against discrimination on an evaluation of the 2019–2020 plan. Survey feedback from students, teachers and other staff was used in drafting the new plan.",
      },
    },
    {
      city: "Bonn (DE)",
      text: {
        nl: "Bonn gebruikte het indicatorenkader dat voor Duitse steden, districten en gemeenten is ontwikkeld om op een transparante manier bij te houden hoe de stad vordert met de duurzameontwikkelingsdoelen (SDG's).",
        en: "Bonn used the indicator framework developed for German cities, districts and municipalities to track, in a transparent way, how it is progressing on the Sustainable Development Goals.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Mensenrechtenindicatoren – een gids voor meting en uitvoering",
        en: "Human rights indicators – a guide to measurement and implementation",
      },
      publisher: "UN OHCHR",
      url: "https://www.ohchr.org/en/publications/policy-and-methodological-publications/human-rights-indicators-guide-measurement-and",
    },
    {
      title: {
        nl: "Monitoring en evaluatie van nationaal stedelijk beleid: een gids",
        en: "Monitoring and evaluating national urban policy: a guide",
      },
      publisher: "UN-Habitat",
      url: "https://unhabitat.org/monitoring-and-evaluating-national-urban-policy-a-guide",
    },
    {
      title: {
        nl: "Intercultural Cities Index (index voor interculturele steden)",
        en: "Intercultural Cities Index",
      },
      publisher: "Council of Europe, Intercultural Cities Programme",
      url: "https://www.coe.int/en/web/interculturalcities/about-the-index",
    },
  ],
};
