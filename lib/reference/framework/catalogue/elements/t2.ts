import type { FrameworkElement } from "../types";

export const T2: FrameworkElement = {
  key: "T2",
  layer: "tool",
  name: {
    nl: "Een op mensenrechten gebaseerde aanpak (HRBA) toepassen in alle activiteiten van de stad",
    en: "Apply a human rights-based approach (HRBA) in all the city's activities",
  },
  summary: {
    nl: "Gebruik een op mensenrechten gebaseerde aanpak als werkwijze voor alles wat de stad doet: vertrek vanuit de rechten van mensen en de plichten van de stad, en laat de kernbeginselen zowel het resultaat als het proces bepalen.",
    en: "Use a human rights-based approach as the working method for everything the city does: start from people's rights and the city's duties, and let the core principles shape both the outcome and the process.",
  },
  why: {
    nl: "Een op mensenrechten gebaseerde aanpak (HRBA) is een kader dat de abstracte plicht om mensenrechten te eerbiedigen en te beschermen vertaalt naar concrete stappen in het dagelijkse werk. De aanpak is geworteld in de rechten en plichten uit internationale normen: inwoners zijn rechthebbenden, de stad is plichtdrager. Er wordt niet alleen gekeken naar wat beleid oplevert, maar ook naar hoe het tot stand komt: wie deed mee, wie bleef buiten beeld en wie kan erop worden aangesproken. Zo wordt de HRBA een praktische toetssteen voor besluiten, projecten en diensten.",
    en: "A human rights-based approach (HRBA) is a framework that turns the abstract duty to respect and protect human rights into concrete steps in everyday work. It is rooted in the rights and obligations set out in international standards: residents are rights holders and the city is a duty bearer. It looks not only at what a policy delivers but also at how it comes about: who took part, who was overlooked and who can be held to account. This makes the HRBA a practical test for decisions, projects and services alike.",
  },
  how: [
    {
      nl: "Deel uw ervaringen met het toepassen van een HRBA met andere steden, en leer omgekeerd van die van hen.",
      en: "Share what you learn from applying an HRBA with other cities, and learn from their experience in return.",
    },
    {
      nl: "Haal deskundigen erbij om de aanpak in het werk van de stad te verankeren, bijvoorbeeld bij het herontwerpen van een dienst of procedure.",
      en: "Bring in experts to help embed the approach in the city's work, for instance when a service or procedure is being redesigned.",
    },
    {
      nl: "Baseer besluiten en beleid op de HRBA-beginselen: mainstreaming, gelijkheid en non-discriminatie, participatie, legaliteit, verantwoording en transparantie.",
      en: "Ground the city's decisions and policies in the HRBA principles: mainstreaming, equality and non-discrimination, participation, legality, accountability and transparency.",
    },
  ],
  practice: [
    {
      city: "Västra Götaland Region (SE)",
      text: {
        nl: "De Zweedse regio Västra Götaland gebruikte de HRBA-beginselen als basis voor haar mensenrechtenactieplan en haar projecten. Een voorbeeld is een project in de psychiatrische zorg waarin zowel patiënten als zorgpersoneel een rol hadden.",
        en: "The Swedish region of Västra Götaland used HRBA principles as the basis for its human rights action plan and its projects. One example is a psychiatric care project in which both patients and medical staff took part.",
      },
    },
    {
      city: "Amsterdam (NL) / Helsinki (FI)",
      text: {
        nl: "Amsterdam en Helsinki hielden rekening met HRBA-beginselen bij de inzet van kunstmatige intelligentie. Zo richtten beide steden openbare registers in die laten zien hoe zij algoritmen en AI-systemen gebruiken.",
        en: "Amsterdam and Helsinki took HRBA principles into account in their work on artificial intelligence. Among other things, both cities set up public registers explaining how they use algorithms and AI systems.",
      },
    },
    {
      city: "Barcelona (ES)",
      text: {
        nl: "In 2021 hield Barcelona voor het eerst een participatieve begroting. Ongeveer 40.000 geregistreerde inwoners van 14 jaar en ouder deden mee.",
        en: "In 2021 Barcelona held its first participatory budgeting programme. Some 40,000 registered residents aged 14 and over took part.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Methodologische gids – Stad van mensenrechten: het model van Barcelona",
        en: "Methodology guide – City of human rights: the Barcelona model",
      },
      publisher: "Barcelona City Council",
      url: "https://ajuntament.barcelona.cat/dretsidiversitat/sites/default/files/WEB_Manual_DDHH_A5_ENG.pdf",
    },
    {
      title: {
        nl: "Veelgestelde vragen over een op mensenrechten gebaseerde benadering van ontwikkelingssamenwerking",
        en: "Frequently asked questions on a human rights-based approach to development cooperation",
      },
      publisher: "UN OHCHR",
      url: "https://www.ohchr.org/sites/default/files/Documents/Publications/FAQen.pdf",
    },
  ],
};
