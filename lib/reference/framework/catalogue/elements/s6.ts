import type { FrameworkElement } from "../types";

export const S6: FrameworkElement = {
  key: "S6",
  layer: "structure",
  name: {
    nl: "Jaarlijks verslag uitbrengen over de mensenrechten in de stad",
    en: "Report annually on human rights in the city",
  },
  summary: {
    nl: "De stad brengt elk jaar openbaar verslag uit over de mensenrechten in de stad: wat is verbeterd, wat nog tekortschiet en wat de volgende stappen zijn.",
    en: "Every year the city reports publicly on human rights in the city: what has improved, what still falls short and what it plans to do next.",
  },
  why: {
    nl: "Mensenrechten horen door al het werk van een stad heen te lopen: publieke dienstverlening, beheer van de openbare ruimte, zorg en onderwijs, en de deelname van mensen aan het openbare, sociale en economische leven. Ook minder voor de hand liggende terreinen hebben een mensenrechtenkant, zoals openbaar vervoer, water en riolering, energie, milieu, digitalisering, sport, cultuur en kunst. Met een jaarlijks verslag over haar prestaties op het gebied van mensenrechten kan de stad de voortgang volgen, lessen trekken en nieuwe activiteiten voorstellen. Een openbaar verslag maakt de stad bovendien aanspreekbaar voor haar inwoners.",
    en: "Human rights should run through all of a city's work: public services, the management of public space, social care and education, and people's participation in public, social and economic life. Less obvious areas have a human rights side too, such as public transport, water and sanitation, energy, the environment, digitalisation, culture, the arts and sport. A yearly report on how the city performs on human rights lets the administration track progress, learn lessons and propose new activities. Published openly, it also makes the city accountable to its residents.",
  },
  how: [
    {
      nl: "Kies aan het begin stevige, meetbare indicatoren, zodat het verslag kan aantonen wat het stadsbeleid oplevert.",
      en: "Choose solid, measurable indicators at the outset, so the report can show what city policy actually achieves.",
    },
    {
      nl: "Beperk het verslag niet tot knelpunten: laat ook zien wat goed gaat en welke aanpakken werken.",
      en: "Don't limit the report to shortcomings: also show what is going well and which approaches work.",
    },
    {
      nl: "Presenteer het jaarverslag zo dat het een openbare discussie uitlokt over de mensenrechtenthema's waar inwoners het meest mee bezig zijn.",
      en: "Present the annual report in a way that sparks public discussion of the human rights issues residents care about most.",
    },
  ],
  practice: [
    {
      city: "Graz (AT)",
      text: {
        nl: "Graz publiceert sinds 2007 elk jaar een mensenrechtenverslag. Het wordt opgesteld door de mensenrechtenadviesraad van de stad, bouwt voort op bijdragen van gemeentelijke afdelingen en het maatschappelijk middenveld, en sluit af met aanbevelingen aan politiek en ambtelijke organisatie.",
        en: "Graz has published a human rights report every year since 2007. It is written by the city's human rights advisory council, builds on contributions from municipal departments and civil society, and ends with recommendations to politicians and the administration.",
      },
    },
    {
      city: "York (UK)",
      text: {
        nl: "York brengt sinds 2016 jaarlijks een indicatorenrapport over mensenrechten uit. Het volgt vijf rechtengebieden die inwoners en lokale organisaties zelf als prioriteit hebben gekozen, met indicatoren op basis van lokale gegevens en bijdragen van de gemeente en het maatschappelijk middenveld.",
        en: "York has produced an annual human rights indicator report since 2016. It follows five areas of rights that residents and local groups chose as priorities, using indicators based on local data and input from the council and civil society.",
      },
    },
    {
      city: "Barcelona (ES)",
      text: {
        nl: "Sinds 2018 brengt het discriminatieobservatorium van Barcelona elk jaar een verslag uit. Het zet cijfers over discriminatie op een rij, beschrijft wat er is gedaan om die tegen te gaan en doet voorstellen voor verdere stappen. Het verslag steunt op gegevens van organisaties voor slachtofferhulp, het mensenrechtencentrum van de stad en het bureau voor non-discriminatie.",
        en: "Since 2018 the Barcelona Discrimination Observatory has issued a yearly report. It sets out figures on discrimination, describes what has been done to counter it and proposes further steps. Its content comes from the Office for Non-Discrimination, the city's human rights centre and several victim support organisations.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Handboek voor mensenrechtenmonitoring, hoofdstuk 13: rapporteren over mensenrechten",
        en: "Manual on Human Rights Monitoring, chapter 13: human rights reporting",
      },
      publisher: "UN OHCHR",
      url: "https://www.ohchr.org/sites/default/files/Documents/Publications/Chapter13-MHRM.pdf",
    },
    {
      title: {
        nl: "Mensenrechtenverslagen van de stad Graz",
        en: "Human rights reports of the City of Graz",
      },
      publisher: "City of Graz – Human Rights Council",
      url: "https://www.graz.at/cms/beitrag/10152653/7771447/Menschenrechtsberichte_der_Stadt_Graz.html",
    },
    {
      title: {
        nl: "York Human Rights City Network (jaarlijkse indicatorenrapporten)",
        en: "York Human Rights City Network (annual indicator reports)",
      },
      publisher: "York Human Rights City Network",
      url: "https://www.yorkhumanrights.org/",
    },
  ],
};
