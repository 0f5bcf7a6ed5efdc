import type { FrameworkElement } from "../types";

export const T5: FrameworkElement = {
  key: "T5",
  layer: "tool",
  name: {
    nl: "Een lokaal actieplan voor de mensenrechten opstellen en uitvoeren",
    en: "Draw up and implement a local human rights action plan",
  },
  summary: {
    nl: "Vertaal de mensenrechtenverbintenissen van de stad in een concreet plan dat uitgaat van lokale behoeften, met doelen voor de korte en lange termijn, activiteiten en indicatoren om het effect te meten.",
    en: "Turn the city's human rights commitments into a concrete plan based on local needs, with short- and long-term objectives, activities and indicators to measure impact.",
  },
  why: {
    nl: "Mensenrechten beschermen en waarmaken vraagt zowel snelle actie als werk van lange adem. Een lokaal actieplan bundelt de maatregelen, het beleid en de initiatieven van de stad tot een samenhangend geheel, gebouwd op wat inwoners nodig hebben en waar zij zich zorgen over maken. Doordat het plan concrete doelen vastlegt, met de activiteiten om ze te halen en indicatoren om het effect te volgen, wordt vooruitgang zichtbaar. Het geeft afdelingen, partners en inwoners bovendien een gezamenlijk kader: wie doet wat, en wanneer.",
    en: "Protecting and fulfilling human rights takes both quick action and sustained effort. A local action plan brings the city's measures, policies and initiatives together into a coherent whole, built around what residents need and what worries them. Because the plan sets out specific objectives, the activities meant to achieve them and indicators to track their effect, progress becomes visible. It also gives departments, partners and residents a shared reference point for who does what, and when.",
  },
  how: [
    {
      nl: "Begin met een nulmeting van de huidige situatie die de bestaande tekortkomingen op het gebied van mensenrechten in kaart brengt, zodat u de vooruitgang daar later aan kunt afmeten.",
      en: "Start with a baseline assessment of the current situation that maps today's human rights gaps, so that you can measure progress against it over time.",
    },
    {
      nl: "Betrek lokale belanghebbenden binnen en buiten de gemeentelijke organisatie, ook medewerkers in de frontlinie, om te leren wat het best werkt en om het plan tot een gedeelde verantwoordelijkheid te maken.",
      en: "Involve local stakeholders inside and outside the administration, including frontline staff, to learn what works best and to make the plan a shared responsibility.",
    },
    {
      nl: "Koppel het lokale plan aan relevant nationaal, Europees en internationaal beleid en de bijbehorende strategieën.",
      en: "Link the local plan to relevant national, EU and international policies and strategies.",
    },
  ],
  practice: [
    {
      city: "Madrid (ES)",
      text: {
        nl: "Madrid stelde voor 2017–2019 een lokaal strategisch mensenrechtenplan op met 22 doelstellingen en rechten, verdeeld over vijf thema's. Het plan kwam tot stand na raadplegingen van inwoners, de gemeentelijke organisatie en het maatschappelijk middenveld.",
        en: "Madrid adopted a local strategic human rights plan for 2017–2019 covering 22 objectives and rights across five thematic areas. It was developed through consultations with residents, the city administration and civil society.",
      },
    },
    {
      city: "Bordeaux (FR)",
      text: {
        nl: "Het actieplan van Bordeaux tegen discriminatie steunt op informatie uit rondetafelgesprekken en dialogen met inwoners en ngo's. Daarnaast gebruikte de stad een enquête van haar observatorium voor gelijkheid en de bestrijding van discriminatie.",
        en: "Bordeaux's action plan against discrimination draws on evidence from round tables and dialogues with individuals and NGOs. The city also used a survey carried out by its observatory for equality and the fight against discrimination.",
      },
    },
    {
      city: "Utrecht (NL)",
      text: {
        nl: "In Utrecht onderzocht een studie uit 2011 voor het eerst waar het werk van de gemeente en de mensenrechten elkaar raken. De studie bracht die verbanden in kaart en werd daarna een referentiekader voor het verdere mensenrechtenwerk van de stad.",
        en: "In Utrecht, a 2011 study was the first to examine where the municipality's work and human rights meet. It mapped those links and went on to serve as a reference framework for the city's further human rights work.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Handboek over nationale actieplannen voor de mensenrechten",
        en: "Handbook on national human rights plans of action",
      },
      publisher: "UN OHCHR",
      url: "https://www.ohchr.org/sites/default/files/Documents/Publications/training10en.pdf",
    },
    {
      title: {
        nl: "Nationale actieplannen voor de mensenrechten in de EU",
        en: "National human rights action plans in the EU",
      },
      publisher: "FRA",
      url: "https://fra.europa.eu/sites/default/files/fra_uploads/2020_outcome-report-wp-national-human-rights-action-plans.pdf",
    },
  ],
};
