import type { FrameworkElement } from "../types";

export const T9: FrameworkElement = {
  key: "T9",
  layer: "tool",
  name: {
    nl: "Transnationaal samenwerken en bijdragen aan de intercollegiale uitwisseling en wederzijds leren tussen steden op het gebied van mensenrechten",
    en: "Cooperate across borders and contribute to peer exchange and mutual learning between cities on human rights",
  },
  summary: {
    nl: "Werk samen met steden in andere landen via netwerken, stedenbanden en uitwisseling tussen collega's, om oplossingen te delen, van elkaar te leren en capaciteit op te bouwen om mensenrechten lokaal handen en voeten te geven.",
    en: "Work with cities in other countries through networks, twinning and peer exchange to share solutions, learn from each other and build the capacity to put human rights into practice locally.",
  },
  why: {
    nl: "Steden en andere lokale overheden zijn proeftuinen waar nieuwe manieren worden uitgeprobeerd om mensenrechten in de praktijk te brengen. Uitwisselingen tussen collega's, stedenbanden en stedennetwerken helpen om gedeelde uitdagingen samen aan te pakken en oplossingen te vinden. Ze ondersteunen wederzijds leren en bouwen de capaciteit op die nodig is om mensenrechten te ‘lokaliseren’. Grensoverschrijdende samenwerking geeft steden bovendien een sterkere gezamenlijke stem richting nationale overheden en de EU.",
    en: "Cities and other local authorities are testing grounds where new ways of putting human rights into practice are tried out. Peer exchanges, city twinning and city networks help them tackle shared challenges and find solutions together. They support mutual learning and build the capacity needed to ‘localise’ human rights. Working across borders also gives cities a stronger joint voice towards national governments and the EU.",
  },
  how: [
    {
      nl: "Benut stedennetwerken rond uiteenlopende thema's: zij kunnen de mensenrechtenaspecten van hun werkterrein in kaart brengen en daarin verwerken.",
      en: "Make use of city networks on a range of themes: they can identify the human rights aspects of their field and build them into their work.",
    },
    {
      nl: "Onderzoek financiering uit het EU-programma Burgers, gelijkheid, rechten en waarden (CERV), dat steden onder meer steunt bij capaciteitsopbouw, het uitdragen van waarden en het bevorderen van burgerparticipatie.",
      en: "Look into funding from the EU's Citizens, Equality, Rights and Values (CERV) programme, which supports cities in building capacity, promoting values and encouraging civic participation, among other things.",
    },
    {
      nl: "Overweeg om samen met andere steden een keurmerk of accreditatieprocedure te ontwikkelen voor steden die voldoen aan het EU-kader voor mensenrechtensteden.",
      en: "Consider working with other cities to develop a label or accreditation procedure for cities that meet the EU human rights city framework.",
    },
  ],
  practice: [
    {
      city: "Bratislava (SK) / Budapest (HU) / Prague (CZ) / Warsaw (PL)",
      text: {
        nl: "Via het Pact van Vrije Steden bundelen Bratislava, Boedapest, Praag en Warschau hun krachten voor democratie, pluralisme, openheid en culturele diversiteit. In 2021 sloten zich zo'n twintig steden aan, waaronder Amsterdam, Barcelona, Gdańsk, Parijs, Wenen en Zagreb. Via het pact kaarten de steden gezamenlijke belangen aan bij de EU, bundelen ze middelen en werken ze samen aan onder meer duurzaamheid, sociale inclusie en de digitale agenda.",
        en: "Through the Pact of Free Cities, Bratislava, Budapest, Prague and Warsaw have joined forces to promote democracy, pluralism, openness and cultural diversity. In 2021 some 20 cities joined, among them Amsterdam, Barcelona, Gdańsk, Paris, Vienna and Zagreb. The pact helps the cities engage with the EU on shared concerns, pool resources and cooperate on topics such as sustainability, social inclusion and the digital agenda.",
      },
    },
    {
      city: "Eurocities network (EU)",
      text: {
        nl: "Het Social Affairs Forum van Eurocities richtte een digitaal platform op waar aangesloten steden informatie uitwisselen over mensenrechten en over het initiatief voor mensenrechtensteden.",
        en: "The Eurocities Social Affairs Forum created a digital platform where member cities exchange information on human rights and on the human rights cities initiative.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Programma Burgers, gelijkheid, rechten en waarden (CERV)",
        en: "Citizens, Equality, Rights and Values (CERV) programme",
      },
      publisher: "European Commission",
      url: "https://commission.europa.eu/funding-tenders/find-funding/eu-funding-programmes/citizens-equality-rights-and-values-programme_en",
    },
    {
      title: {
        nl: "Eurocities – netwerk van grote Europese steden",
        en: "Eurocities – network of major European cities",
      },
      publisher: "Eurocities",
      url: "https://eurocities.eu/",
    },
    {
      title: {
        nl: "Netwerk van Mensenrechtensteden",
        en: "Human Rights Cities Network",
      },
      publisher: "Human Rights Cities Network",
      url: "https://humanrightscities.net/",
    },
    {
      title: {
        nl: "UCLG-commissie voor sociale inclusie, participatieve democratie en mensenrechten",
        en: "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights",
      },
      publisher: "United Cities and Local Governments (UCLG)",
      url: "https://www.uclg-cisdp.org/en",
    },
  ],
};
