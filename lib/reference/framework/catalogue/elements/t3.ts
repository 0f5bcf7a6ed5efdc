import type { FrameworkElement } from "../types";

export const T3: FrameworkElement = {
  key: "T3",
  layer: "tool",
  name: {
    nl: "Kennis ontwikkelen door middel van opleiding en mensenrechteneducatie",
    en: "Build knowledge through training and human rights education",
  },
  summary: {
    nl: "Geef gekozen bestuurders, medewerkers en lokale beroepskrachten de kennis en vaardigheden die ze nodig hebben om mensenrechten in hun eigen werk te beschermen en waar te maken.",
    en: "Give elected officials, staff and local professionals the knowledge and skills they need to protect and fulfil human rights in their own work.",
  },
  why: {
    nl: "Beleid maakt pas verschil als de mensen die het uitvoeren begrijpen wat mensenrechten van hen vragen. Opleiding en mensenrechteneducatie bouwen die capaciteit op, zowel binnen het stadsbestuur als bij andere lokale partijen. Ze kunnen zich richten op gekozen bestuurders, leidinggevenden en medewerkers, maar ook op beroepen die dagelijks met inwoners te maken hebben, zoals politieagenten, leraren, zorgverleners en woningcorporaties. Wie ziet hoe rechten samenhangen met de eigen taken, signaleert problemen eerder en behandelt mensen eerlijker.",
    en: "Policies only make a difference if the people carrying them out understand what human rights ask of them. Training and human rights education build that capacity, both inside the city administration and among other local actors. They can be aimed at elected representatives, managers and staff, but also at professions that deal with residents every day, such as police officers, teachers, health workers and social housing providers. People who see how rights connect to their own tasks spot problems sooner and treat residents more fairly.",
  },
  how: [
    {
      nl: "Vermijd algemene, schoolse mensenrechtencursussen die losstaan van de lokale praktijk; de ervaring leert dat die weinig opleveren. Werk liever met herkenbare situaties uit de eigen stad.",
      en: "Avoid generic, lecture-style human rights courses that have nothing to do with the local context; experience shows they achieve little. Work with situations people recognise from their own city instead.",
    },
    {
      nl: "Neem mensenrechten op in introductieprogramma's en reguliere opleidingen voor gekozen bestuurders, leidinggevenden en medewerkers.",
      en: "Include human rights in induction programmes and regular training for elected officials, managers and staff.",
    },
    {
      nl: "Leg uit hoe een mensenrechtenperspectief de dienstverlening beter maakt, zodat medewerkers het zien als hulp bij hun werk en niet als extra verplichting.",
      en: "Explain how a human rights perspective improves public services, so that staff see it as a help in their work rather than an extra burden.",
    },
  ],
  practice: [
    {
      city: "Bordeaux (FR)",
      text: {
        nl: "Bordeaux voerde een diversiteitslabel in om goede praktijken te stimuleren bij werving, loopbaanontwikkeling, inkoop en communicatie. De stad nam daarnaast eisen over personeelsopleiding en diversiteit op in haar aanbestedingsprocedures.",
        en: "Bordeaux introduced a diversity label to encourage good practice in recruitment, career development, procurement and communication. The city also added requirements on staff training and diversity to its tendering procedures.",
      },
    },
    {
      city: "Copenhagen (DK)",
      text: {
        nl: "Samen met lokale brancheorganisaties zette Kopenhagen trainingen op voor portiers, beveiligers en ander personeel van nachtclubs, bars en restaurants. De cursussen helpen hen discriminatie aan de deur te voorkomen en dreigende conflicten te de-escaleren.",
        en: "Together with local trade organisations, Copenhagen set up courses for door staff, security guards and other employees of nightclubs, bars and restaurants. The training helps them prevent discrimination at the door and keep potential conflicts from escalating.",
      },
    },
    {
      city: "Nuremberg (DE)",
      text: {
        nl: "Neurenberg verzorgt mensenrechteneducatie op scholen en voor jongeren. Ook krijgen andere doelgroepen scholing, onder wie beroepskrachten in de kinder- en ouderenzorg, politie, militairen en ambtenaren.",
        en: "Nuremberg offers human rights education in schools and for young people. It also trains other groups, such as people working with children or older people, the police, the armed forces and public administration.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "WE CAN for human rights speech – mensenrechtenverhalen ontwikkelen tegen haatzaaiende uitlatingen (training voor trainers)",
        en: "WE CAN for human rights speech – developing human rights narratives to counter hate speech (training of trainers)",
      },
      publisher: "Council of Europe",
      url: "https://www.coe.int/en/web/inclusion-and-antidiscrimination/wecan4hrs",
    },
    {
      title: {
        nl: "Rechten waarmaken – een gids voor lokale en regionale overheden",
        en: "Making rights real – a guide for local and regional authorities",
      },
      publisher: "FRA",
      url: "https://fra.europa.eu/en/publication/2014/making-rights-real-guide-local-and-regional-authorities",
    },
  ],
};
