import type { FrameworkElement } from "../types";

export const S5: FrameworkElement = {
  key: "S5",
  layer: "structure",
  name: {
    nl: "Een antidiscriminatiebureau oprichten of een lokale ombudspersoon aanwijzen",
    en: "Set up an anti-discrimination office or appoint a local ombudsperson",
  },
  summary: {
    nl: "De stad biedt inwoners een plek waar ze terechtkunnen als hun rechten worden geschonden: een antidiscriminatiebureau, een lokale ombudsman of een andere toegankelijke vorm van rechtsbescherming.",
    en: "The city gives residents somewhere to turn when their rights are violated: an anti-discrimination office, a local ombudsperson or another accessible form of remedy.",
  },
  why: {
    nl: "Overheden moeten mensenrechten niet alleen eerbiedigen en waarmaken; ze moeten er ook voor zorgen dat mensen steun, advies en rechtsherstel kunnen krijgen als hun rechten worden geschonden. Rechten betekenen pas echt iets als je ergens terechtkunt wanneer het misgaat. Een stad kan daarvoor een antidiscriminatiebureau oprichten dat schendingen aanpakt, een lokale ombudsman aanwijzen of inwoners op een andere manier toegang tot rechtsherstel bieden. De meldingen en klachten die zo'n voorziening binnenkrijgt, laten de stad bovendien zien waar haar beleid tekortschiet.",
    en: "Public authorities must not only respect and fulfil human rights; they must also make sure people can get support, advice and redress when their rights are violated. Rights only mean something in practice if there is a place to turn when things go wrong. A city can provide that by setting up an anti-discrimination office to deal with violations, by appointing a local ombudsperson, or by giving residents other ways to seek a remedy. The reports and complaints such a service receives also show the city where its policies fall short.",
  },
  how: [
    {
      nl: "Zorg dat inwoners hun rechten kennen en weten waar ze terechtkunnen als die worden geschonden.",
      en: "Make sure residents know their rights and where to turn when those rights are violated.",
    },
    {
      nl: "Analyseer de meldingen bij het bureau en bij andere lokale diensten voor slachtofferhulp, en gebruik de uitkomsten om het mensenrechtenbeleid van de gemeente bij te sturen.",
      en: "Analyse the reports received by the office and by other local victim support services, and use the findings to adjust the city's human rights policy.",
    },
    {
      nl: "Denk aan de inzet van bemiddelaars in de wijken en gemeenschappen, die de sociale samenhang versterken en spanningen tussen groepen helpen oplossen.",
      en: "Consider working with community mediators who strengthen social inclusion and help settle tensions between groups.",
    },
  ],
  practice: [
    {
      city: "Valencia (ES)",
      text: {
        nl: "Valencia heeft een bureau voor non-discriminatie en haatmisdrijven dat meewerkt aan het stedelijke beleidskader voor migratie en interculturaliteit (2019-2022). Een belangrijk onderdeel daarvan is scholing van gemeentepersoneel over mensenrechten, discriminatie en haat.",
        en: "Valencia has an office for non-discrimination and hate crime that contributes to the city's policy framework on immigration and interculturality (2019-2022). An important part of its work is training city staff on human rights, discrimination and hate.",
      },
    },
    {
      city: "Barcelona (ES)",
      text: {
        nl: "Barcelona koppelt zijn bureau voor non-discriminatie aan een discriminatieobservatorium, dat de mensenrechtensituatie in de stad bijhoudt en er elk jaar over rapporteert.",
        en: "Barcelona links its Office for Non-Discrimination to a discrimination observatory, which keeps track of the human rights situation in the city and reports on it every year.",
      },
    },
    {
      city: "Utrecht (NL)",
      text: {
        nl: "Utrecht is een van de mensenrechtensteden met een antidiscriminatiebureau waar inwoners discriminatie kunnen melden en hulp kunnen krijgen. Graz, Neurenberg, Salzburg en Wenen hebben ook zo'n bureau.",
        en: "Utrecht is one of the human rights cities with an anti-discrimination office where residents can report discrimination and get help. Graz, Nuremberg, Salzburg and Vienna have one too.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Tienpuntenactieplan van ECCAR tegen racisme en discriminatie",
        en: "ECCAR Ten-Point Plan of Action against racism and discrimination",
      },
      publisher: "European Coalition of Cities against Racism (ECCAR)",
      url: "https://www.eccar.info/en/vision-and-mission",
    },
    {
      title: {
        nl: "ECCAR-toolkit voor gelijkheid",
        en: "ECCAR Toolkit for Equality",
      },
      publisher: "European Coalition of Cities against Racism (ECCAR)",
      url: "https://www.eccar.info/en/eccar-toolkit-equality",
    },
    {
      title: {
        nl: "Equinet – Europees netwerk van organen voor gelijke behandeling",
        en: "Equinet – European Network of Equality Bodies",
      },
      publisher: "Equinet",
      url: "https://equineteurope.org/",
    },
  ],
};
