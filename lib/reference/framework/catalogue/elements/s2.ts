import type { FrameworkElement } from "../types";

export const S2: FrameworkElement = {
  key: "S2",
  layer: "structure",
  name: {
    nl: "Een gekozen vertegenwoordiger voor mensenrechten benoemen",
    en: "Appoint an elected representative for human rights",
  },
  summary: {
    nl: "Een gekozen bestuurder of volksvertegenwoordiger in de gemeenteraad of een ander bestuursorgaan, of een commissie, krijgt mensenrechten uitdrukkelijk in portefeuille.",
    en: "An elected member of the city council or another governing body, or a council committee, is given explicit responsibility for human rights.",
  },
  why: {
    nl: "Mensenrechten raken aan veel onderdelen van het werk van een stad, waarbij allerlei afdelingen, diensten en externe partijen betrokken zijn. Als niemand de regie heeft, dreigt dat werk op losse eilandjes te ontstaan en versnipperd te blijven. Een gekozen vertegenwoordiger of een raadscommissie die er expliciet over gaat, kan activiteiten sturen en op elkaar afstemmen die anders los van elkaar zouden blijven. Die persoon of commissie kan ook naar buiten toe het woord voeren over mensenrechtenacties en zorgpunten, de voortgang volgen en de raad informeren over de mensenrechtensituatie in de stad.",
    en: "Human rights touch many parts of a city's work, involving different departments, services and outside providers. Without someone in charge, that work risks growing up in separate pockets and staying fragmented. An elected representative, or a committee, in the city council or another governing body can steer and coordinate activities that would otherwise remain isolated. They can also speak publicly about the city's human rights actions and concerns, follow progress, and report to the council on the human rights situation in the city.",
  },
  how: [
    {
      nl: "Beleg mensenrechten expliciet bij één gekozen bestuurder of raadslid, zodat duidelijk is wie erover gaat.",
      en: "Make human rights an explicit part of one elected council member's portfolio, so that it is clear who is responsible.",
    },
    {
      nl: "Geef raadsleden en bestuurders informatie op maat over mensenrechten en over wat die in het dagelijks leven van inwoners betekenen.",
      en: "Give council members and executives tailored information on human rights and on what they mean in residents' daily lives.",
    },
    {
      nl: "Gebruik in de communicatie over mensenrechten win-winvoorbeelden die laten zien dat iedereen in de samenleving erbij wint als rechten worden gerespecteerd.",
      en: "In communication about human rights, use win-win examples that show how the whole community gains when rights are respected.",
    },
  ],
  practice: [
    {
      city: "Paris (FR)",
      text: {
        nl: "Parijs heeft een locoburgemeester die verantwoordelijk is voor mensenrechten, integratie en het tegengaan van discriminatie.",
        en: "Paris has a deputy mayor whose portfolio covers human rights, integration and the fight against discrimination.",
      },
    },
    {
      city: "Torino (IT)",
      text: {
        nl: "Turijn heeft in de gemeenteraad een commissie ‘rechten en gelijke kansen’. Die buigt zich over voorstellen en volgt wat de stad doet aan gendergelijkheid en aan de bescherming van de waardigheid en vrijheid van mensen.",
        en: "Turin's city council has a committee on ‘rights and equal opportunities’. It examines proposals and keeps an eye on the city's work on gender equality and on protecting people's dignity and freedom.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Mensenrechtensteden in de Europese Unie – praktische gids voor lokale overheden",
        en: "Human rights cities in the European Union – practical guidance for local authorities",
      },
      publisher: "FRA",
      url: "https://fra.europa.eu/en/publication/2022/human-rights-cities-booklet",
    },
    {
      title: {
        nl: "Mensenrechtensteden in de EU: een kader voor de lokale versterking van rechten",
        en: "Human rights cities in the EU: a framework for reinforcing rights locally",
      },
      publisher: "FRA",
      url: "https://fra.europa.eu/en/publication/2021/human-rights-cities-framework",
    },
    {
      title: {
        nl: "Congres van Lokale en Regionale Overheden van de Raad van Europa",
        en: "Congress of Local and Regional Authorities of the Council of Europe",
      },
      publisher: "Council of Europe",
      url: "https://www.coe.int/en/web/congress",
    },
  ],
};
