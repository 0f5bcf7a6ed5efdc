import type { FrameworkElement } from "../types";

export const F4: FrameworkElement = {
  key: "F4",
  layer: "foundation",
  name: {
    nl: "Bijdragen aan internationale monitoringmechanismen",
    en: "Contribute to international monitoring mechanisms",
  },
  summary: {
    nl: "De stad deelt haar ervaringen met de internationale organen die toezien op mensenrechten, en gebruikt hun aanbevelingen als richtsnoer voor haar eigen werk.",
    en: "The city feeds its experience into the international bodies that monitor human rights, and uses their recommendations to guide its own work.",
  },
  why: {
    nl: "Internationale mensenrechtenverdragen kennen toezichtsmechanismen die nagaan of staten hun verplichtingen nakomen. Formeel rapporteert de nationale overheid aan die organen, maar veel van wat zij onderzoeken speelt zich lokaal af. In resolutie 45/7 uit 2020 roept de VN-Mensenrechtenraad landen op gemeenten bij dit werk te betrekken, vooral bij de voorbereiding van de Universele Periodieke Doorlichting (UPR), en lokale overheden te helpen relevante aanbevelingen op te volgen. Ook de onafhankelijke deskundigen van de speciale procedures van de Raad werken met steden samen, bijvoorbeeld tijdens landenbezoeken voor hun thematische rapporten. Door mee te doen krijgen de praktijk en de zorgen van de stad een stem op internationaal niveau, en komt internationale kennis terug naar de stad.",
    en: "International human rights treaties come with monitoring mechanisms that check whether states live up to their obligations. Formally, national governments report to these bodies, but much of what they examine happens at local level. In resolution 45/7 of 2020 the UN Human Rights Council encourages states to involve local government in this work, particularly in preparing for the Universal Periodic Review (UPR), and to help local authorities follow up relevant recommendations. The independent experts of the Council's special procedures also work with cities, for instance during country visits for their thematic reports. Taking part gives the city's practice and concerns a voice internationally, and brings international guidance back home.",
  },
  how: [
    {
      nl: "Toets of wat uw stad aan mensenrechten doet, aansluit op de aanbevelingen die internationale organen aan uw land hebben gedaan.",
      en: "Check whether what your city does on human rights follows up the recommendations that international bodies have made to your country.",
    },
    {
      nl: "Gebruik die aanbevelingen om, alleen of samen met andere steden, met de nationale overheid in gesprek te gaan over wat gemeenten en regio's kunnen bijdragen en waar u kunt samenwerken.",
      en: "Use those recommendations as a starting point for talks with national authorities, alone or with other cities, about what local and regional government can contribute and where you can cooperate.",
    },
    {
      nl: "Zoek contact met nationale organen zoals het nationale mensenrechteninstituut, het orgaan voor gelijke behandeling of de ombudsman. Laat geslaagde lokale initiatieven zien en wijs op wat de lokale bescherming van rechten belemmert op terreinen uit de aanbevelingen, zoals geld, nationale wetgeving of te weinig capaciteit.",
      en: "Reach out to national bodies such as the national human rights institution, the equality body or the ombudsperson. Show them successful local initiatives, and point out what holds back local protection of rights in areas the recommendations cover, such as funding, national legislation or a lack of capacity.",
    },
  ],
  practice: [
    {
      city: "Utrecht (NL)",
      text: {
        nl: "Toen de Hoge Commissaris van de VN voor de mensenrechten in 2018 om bijdragen vroeg over de rol van lokale overheden bij het bevorderen en beschermen van mensenrechten, was Utrecht een van de steden die reageerden, naast Barcelona, Boedapest, Grigny, Neurenberg en Wenen. Ook een nationaal mensenrechteninstituut, maatschappelijke organisaties en stedennetwerken stuurden input. In februari 2022 volgde een nieuwe oproep.",
        en: "When the UN High Commissioner for Human Rights asked in 2018 for input on the role of local government in promoting and protecting human rights, Utrecht was one of the cities that responded, alongside Barcelona, Budapest, Grigny, Nuremberg and Vienna. A national human rights institution, civil society organisations and city networks also sent contributions. A new call for input followed in February 2022.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Universele mensenrechtenindex: aanbevelingen van VN-verdragscomités, speciale procedures en de UPR",
        en: "Universal Human Rights Index: recommendations from UN treaty bodies, special procedures and the UPR",
      },
      publisher: "UN OHCHR",
      url: "https://uhri.ohchr.org/en/",
    },
    {
      title: {
        nl: "Resolutie 45/7 van de Mensenrechtenraad: lokale overheden en mensenrechten (2020)",
        en: "Human Rights Council resolution 45/7: Local government and human rights (2020)",
      },
      publisher: "UN Human Rights Council",
      url: "https://undocs.org/en/A/HRC/RES/45/7",
    },
    {
      title: {
        nl: "Congres van Lokale en Regionale Overheden (inclusief het toezicht op lokale democratie)",
        en: "Congress of Local and Regional Authorities (including its monitoring of local democracy)",
      },
      publisher: "Council of Europe",
      url: "https://www.coe.int/en/web/congress",
    },
    {
      title: {
        nl: "Global Cities Hub (voorheen Geneva Cities Hub): verbindt steden met de internationale organisaties in Genève",
        en: "Global Cities Hub (formerly Geneva Cities Hub): connecting cities with the international organisations in Geneva",
      },
      publisher: "Global Cities Hub (City and Canton of Geneva)",
      url: "https://globalcitieshub.org/en/",
    },
  ],
};
