import type { FrameworkElement } from "../types";

export const F1: FrameworkElement = {
  key: "F1",
  layer: "foundation",
  name: {
    nl: "De in het Handvest van de grondrechten van de EU en het Unierecht verankerde rechten en vrijheden eerbiedigen, beschermen en naleven",
    en: "Respect, protect and fulfil the rights and freedoms in the EU Charter of Fundamental Rights and EU law",
  },
  summary: {
    nl: "De stad verbindt zich aan de rechten en vrijheden uit het Handvest van de grondrechten van de EU en het Unierecht, en zorgt dat haar eigen diensten en partners zich daaraan houden.",
    en: "The city commits to the rights and freedoms set out in the EU Charter of Fundamental Rights and in EU law, and makes sure its own services and partners comply with them.",
  },
  why: {
    nl: "De EU is gebouwd op mensenrechten, democratie en de rechtsstaat, en die waarden zijn vastgelegd in het Handvest van de grondrechten en in het Unierecht. Het Handvest is de eigen rechtencatalogus van de EU: het noemt 50 rechten en vrijheden die gelden voor iedereen die in de Unie woont. Gemeenten zijn er wettelijk aan gebonden zodra zij handelen binnen het bereik van het Unierecht, EU-programma's uitvoeren of EU-geld besteden. Door het Handvest uitdrukkelijk te noemen in de verbintenissen van de stad wordt die plicht zichtbaar, en sluit het lokale werk aan bij de waarden waarop de EU zelf rust.",
    en: "The EU is founded on human rights, democracy and the rule of law, and these values are written into the Charter of Fundamental Rights and into EU law. The Charter is the EU's own bill of rights: it lists 50 rights and freedoms that apply to everyone living in the Union. Local authorities are legally bound by it whenever they act within the scope of EU law, run EU programmes or spend EU money. Naming the Charter in the city's commitments makes this duty visible and ties local work to the values on which the EU itself rests.",
  },
  how: [
    {
      nl: "Betrek het Handvest bij uw voorlichting over grondrechten. Zo ziet men dat de EU in de kern een politiek project is dat rust op gedeelde waarden en rechten.",
      en: "Bring the Charter into your awareness-raising on fundamental rights. It shows people that the EU is, at heart, a political project founded on shared values and rights.",
    },
    {
      nl: "Vraag EU-subsidies aan voor projecten die rechten en Europese waarden in de stad versterken.",
      en: "Apply for EU grants for projects that strengthen rights and European values in the city.",
    },
    {
      nl: "Controleer of de gemeentelijke organisatie en alle dienstverleners die namens de stad werken het Unierecht naleven.",
      en: "Check that the municipal organisation, and every provider delivering services on its behalf, complies with EU law.",
    },
  ],
  practice: [
    {
      city: "Wien (AT)",
      text: {
        nl: "De mensenrechtenverbintenissen van Wenen verwijzen uitdrukkelijk naar internationale en Europese instrumenten, waaronder het Handvest van de grondrechten van de EU. De gemeenteraad nam de verklaring ‘Wenen – stad van de mensenrechten’ aan in december 2014.",
        en: "Vienna's human rights commitments explicitly refer to international and EU instruments, including the EU Charter of Fundamental Rights. The city council adopted its declaration ‘Vienna – City of Human Rights’ in December 2014.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Handvest van de grondrechten van de Europese Unie",
        en: "Charter of Fundamental Rights of the European Union",
      },
      publisher: "European Union (EUR-Lex)",
      url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12012P/TXT",
    },
    {
      title: {
        nl: "FRA-materiaal over het EU-Handvest van de grondrechten",
        en: "FRA resources on the EU Charter of Fundamental Rights",
      },
      publisher: "FRA",
      url: "https://fra.europa.eu/en/eu-charter/fra-charter-resources",
    },
    {
      title: {
        nl: "Financieringsprogramma Burgers, gelijkheid, rechten en waarden (CERV)",
        en: "Citizens, Equality, Rights and Values (CERV) funding programme",
      },
      publisher: "European Commission",
      url: "https://commission.europa.eu/funding-tenders/find-funding/eu-funding-programmes/citizens-equality-rights-and-values-programme_en",
    },
  ],
};
