import type { FrameworkElement } from "../types";

export const S4: FrameworkElement = {
  key: "S4",
  layer: "structure",
  name: {
    nl: "Een raadgevende participatieve raad voor mensenrechten oprichten",
    en: "Set up a participatory advisory council on human rights",
  },
  summary: {
    nl: "De stad richt een adviesraad voor mensenrechten op waarin inwoners, maatschappelijke organisaties, gekozen vertegenwoordigers en de ambtelijke organisatie samenkomen en de stad adviseren.",
    en: "The city sets up an advisory council on human rights in which residents, civil society, elected representatives and the administration meet and advise the city.",
  },
  why: {
    nl: "Mensenrechten raken aan veel ingewikkelde vraagstukken waarmee verschillende lokale partijen dagelijks te maken hebben. Participatie is een kernonderdeel van een op mensenrechten gebaseerde aanpak (HRBA): de mensen om wie het gaat moeten dus actief meedoen en niet alleen geïnformeerd worden. Een adviesraad waarin inwoners, gekozen vertegenwoordigers, de gemeentelijke organisatie en het maatschappelijk middenveld samenkomen, biedt daarvoor een vaste, gestructureerde plek. Zo'n raad helpt ook om draagvlak op te bouwen voor lokaal beleid en lokale acties die de mensenrechten respecteren.",
    en: "Human rights touch on many complex issues that different local actors deal with every day. Participation is a core part of a human rights-based approach (HRBA), so the people concerned need to take an active part rather than simply be informed. An advisory council that brings together residents, elected representatives, the local administration and civil society gives them a regular, structured place to do so. It also helps build support for local policies and actions that respect human rights.",
  },
  how: [
    {
      nl: "Zet vaste overlegvormen op met uiteenlopende partijen: maatschappelijke organisaties, bedrijfsleven en vakbonden, sport- en cultuurverenigingen, jongeren, wijken, religieuze groepen en inwoners.",
      en: "Set up regular, structured consultation with a wide range of actors: civil society, business and trade unions, sports and cultural clubs, young people, neighbourhoods, faith groups and residents.",
    },
    {
      nl: "Maak meedoen makkelijk, bijvoorbeeld door buiten kantoortijden te vergaderen en op plekken die toegankelijk zijn voor mensen met een handicap.",
      en: "Make it easy to take part, for example by meeting outside office hours and in venues that are accessible to persons with disabilities.",
    },
    {
      nl: "Laat deelnemers regelmatig weten wat het bestuur met hun ideeën en voorstellen heeft gedaan.",
      en: "Let participants know regularly what the administration has done with their ideas and suggestions.",
    },
  ],
  practice: [
    {
      city: "Graz (AT)",
      text: {
        nl: "De mensenrechtenadviesraad van Graz, opgericht in 2007, brengt lokale belanghebbenden en vertegenwoordigers van de stad samen om de mensenrechtensituatie te volgen. Elk jaar rapporteert de raad aan de gemeenteraad over knelpunten, goede praktijken en aanbevelingen.",
        en: "Graz's human rights advisory council, set up in 2007, brings local stakeholders and city representatives together to keep watch on the human rights situation. Every year it reports to the city council on problems, good practice and recommendations.",
      },
    },
    {
      city: "Malmö (SE)",
      text: {
        nl: "Malmö heeft een raad voor de nationale minderheid van de Roma, met daarin gekozen raadsleden en mensen van Roma-organisaties. De raad versterkt de inspraak van Roma, draagt bij aan de strijd tegen discriminatie en zet zich in voor de Romacultuur en het Romani.",
        en: "Malmö has a council for the national Roma minority, made up of elected councillors and people from Roma organisations. It strengthens Roma participation, contributes to tackling discrimination and promotes Roma culture and the Romani language.",
      },
    },
    {
      city: "Bologna (IT)",
      text: {
        nl: "Bologna werkt met lokale lhbtiq+-verenigingen samen op basis van een formeel samenwerkingspact. Salzburg kent een vergelijkbaar vast overlegplatform: de ‘ronde tafel over mensenrechten’.",
        en: "Bologna works with local LGBTIQ associations on the basis of a formal collaboration pact. Salzburg has a comparable standing forum, its ‘round table on human rights’.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Participatie- en co-creatienormen van het Open Government Partnership",
        en: "OGP Participation and Co-Creation Standards",
      },
      publisher: "Open Government Partnership",
      url: "https://www.opengovpartnership.org/ogp-participation-co-creation-standards/",
    },
    {
      title: {
        nl: "Innovatieve burgerparticipatie en nieuwe democratische instellingen (Catching the deliberative wave)",
        en: "Innovative citizen participation and new democratic institutions: catching the deliberative wave",
      },
      publisher: "OECD",
      url: "https://doi.org/10.1787/339306da-en",
    },
  ],
};
