import type { FrameworkElement } from "../types";

export const F3: FrameworkElement = {
  key: "F3",
  layer: "foundation",
  name: {
    nl: "De SDG's van de VN en de Agenda 2030 voor duurzame ontwikkeling verwezenlijken",
    en: "Achieve the UN Sustainable Development Goals and the 2030 Agenda",
  },
  summary: {
    nl: "De stad werkt aan de Agenda 2030 van de VN en de 17 duurzameontwikkelingsdoelen (SDG's), en behandelt die als nauw verbonden met haar mensenrechtenverbintenissen.",
    en: "The city works towards the UN 2030 Agenda and its 17 Sustainable Development Goals (SDGs), and treats them as closely linked to its human rights commitments.",
  },
  why: {
    nl: "In 2015 namen alle 193 lidstaten van de VN de Agenda 2030 voor duurzame ontwikkeling aan, met 17 doelen die economische groei voor iedereen, sociale insluiting, zorg voor het milieu en vreedzame, rechtvaardige en inclusieve samenlevingen nastreven. De agenda vraagt nationale én lokale overheden uitdrukkelijk om armoede uit te bannen, ongelijkheid te verkleinen en klimaatverandering aan te pakken. De doelen en de ruim 210 indicatoren bestrijken onder meer armoede, honger, gezondheid, goed onderwijs en duurzame steden, en overlappen grotendeels met mensenrechten. Wie SDG-werk en mensenrechtenwerk aan elkaar koppelt, krijgt een samenhangender en duurzamere aanpak van beide en kan nieuwe internationale partnerschappen aangaan.",
    en: "In 2015 all 193 UN member states adopted the 2030 Agenda for Sustainable Development, with 17 goals for inclusive economic growth, social inclusion, environmental protection and peaceful, just and inclusive societies. The agenda expressly calls on national and local governments to end poverty, reduce inequality and tackle climate change. Its goals and more than 210 indicators cover poverty, hunger, health, quality education, sustainable cities and much more, and they overlap heavily with human rights. Linking SDG work and human rights work gives a city a more joined-up and lasting approach to both, and opens the way to new international partnerships.",
  },
  how: [
    {
      nl: "Breng in kaart welke afdelingen met de SDG's bezig zijn en zorg dat hun beleid en maatregelen de koppeling met mensenrechten expliciet maken.",
      en: "Map which departments deal with the SDGs, and make sure their policies and measures make the link to human rights explicit.",
    },
    {
      nl: "Vertel inwoners en medewerkers wat de Agenda 2030 en de SDG's inhouden en wat ze met mensenrechten te maken hebben.",
      en: "Explain to residents and staff what the 2030 Agenda and the SDGs are, and what they have to do with human rights.",
    },
    {
      nl: "Stem het lokale SDG-werk af op wat er landelijk aan de SDG's gebeurt.",
      en: "Align the city's SDG work with what your country is doing on the SDGs at national level.",
    },
  ],
  practice: [
    {
      city: "Utrecht (NL)",
      text: {
        nl: "Utrecht profileert zich als Global Goals-stad. Samen met ondernemers uit de stad vergroot de gemeente de kennis van inwoners over hun rechten, en een SDG-dashboard laat zien hoe de stad ervoor staat.",
        en: "Utrecht presents itself as a Global Goals city. It works with local businesses to make people more aware of their rights, and follows its progress on the goals through an SDG dashboard.",
      },
    },
    {
      city: "Bonn (DE)",
      text: {
        nl: "Bonn heeft een vrijwillige lokale evaluatie (voluntary local review) gemaakt om na te gaan hoe ver de stad is met het halen van de SDG's. Espoo in Finland en de Baskische regionale regering deden hetzelfde.",
        en: "Bonn has carried out a voluntary local review to assess how far the city has come in achieving the SDGs. Espoo in Finland and the Basque regional government have done the same.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Mensenrechtensteden en de SDG's",
        en: "Human rights cities and the SDGs",
      },
      publisher: "Raoul Wallenberg Institute of Human Rights and Humanitarian Law",
      url: "https://rwi.lu.se/publications/human-rights-cities-and-the-sdgs/",
    },
    {
      title: {
        nl: "De Agenda 2030 door de ogen van verenigingen van lokale en regionale overheden",
        en: "The 2030 Agenda through the eyes of local and regional governments' associations",
      },
      publisher: "PLATFORMA and CEMR",
      url: "https://platforma-dev.eu/publications/2030-agenda-eyes-local-regional-governments-associations/",
    },
    {
      title: {
        nl: "De 17 duurzameontwikkelingsdoelen",
        en: "The 17 Sustainable Development Goals",
      },
      publisher: "United Nations",
      url: "https://sdgs.un.org/goals",
    },
    {
      title: {
        nl: "Vrijwillige lokale evaluaties (voluntary local reviews)",
        en: "Voluntary local reviews",
      },
      publisher: "UN-Habitat",
      url: "https://unhabitat.org/topics/voluntary-local-reviews",
    },
  ],
};
