import type { FrameworkElement } from "../types";

export const T4: FrameworkElement = {
  key: "T4",
  layer: "tool",
  name: {
    nl: "Mensenrechten in aanmerking nemen in begrotings- en aanbestedingsprocedures",
    en: "Take human rights into account in budgeting and procurement",
  },
  summary: {
    nl: "Zet de begroting en inkoop in voor mensenrechten: ga na hoe uitgaven de rechten van mensen raken, en eis van leveranciers dat zij die rechten respecteren.",
    en: "Use the budget and public procurement to advance human rights: check how spending affects people's rights, and require suppliers to respect those rights.",
  },
  why: {
    nl: "De begroting laat zien wat een stad werkelijk belangrijk vindt. Mensenrechtenbudgettering betekent dat mensenrechtenbeginselen in elke fase van de begrotingscyclus worden toegepast, zodat geld terechtkomt bij de mensenrechtenprioriteiten van de stad. Een open begrotingsproces geeft inwoners bovendien meer inspraak, wat verantwoording en transparantie versterkt. Bij aanbestedingen zorgen mensenrechtenclausules ervoor dat bedrijven die namens de stad diensten leveren zich aan dezelfde normen houden als de stad zelf.",
    en: "A budget shows what a city really prioritises. Human rights budgeting means applying human rights principles at every stage of the budget cycle, so that money goes to the city's human rights priorities. A more open budget process also gives residents a greater say, which strengthens accountability and transparency. In procurement, human rights clauses make sure that companies delivering services on the city's behalf meet the same standards the city itself must meet.",
  },
  how: [
    {
      nl: "Voeg betrouwbare gegevens toe aan de begrotingsinformatie, zodat zichtbaar wordt op welke terreinen overheidsingrijpen het hardst nodig is.",
      en: "Add reliable data to budget information so that it becomes clear in which areas public action is most needed.",
    },
    {
      nl: "Neem in de regels voor overheidsopdrachten bepalingen op die leveranciers verplichten mensenrechtennormen te respecteren en na te leven.",
      en: "Write clauses into the city's public procurement rules that require suppliers to respect and comply with human rights standards.",
    },
    {
      nl: "Een apart begrotingsproces is niet nodig: bouw mensenrechten in de bestaande begrotingsprocedures in.",
      en: "There is no need for a separate budget process: build human rights into the budgeting procedures you already have.",
    },
  ],
  practice: [
    {
      city: "Vienna (AT)",
      text: {
        nl: "Wenen past sinds 2006 genderbudgettering toe als onderdeel van zijn beleid voor gendermainstreaming. De stad onderzoekt wie profiteert van de begrotingsposten, wat helpt om de financiële planning evenwichtig te houden tussen vrouwen en mannen.",
        en: "Since 2006 Vienna has used gender budgeting as part of its gender mainstreaming policy. The city examines who benefits from budget allocations, which helps to keep its financial planning balanced between women and men.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Mensenrechten realiseren via overheidsbegrotingen",
        en: "Realizing human rights through government budgets",
      },
      publisher: "UN OHCHR",
      url: "https://www.ohchr.org/en/publications/special-issue-publications/realizing-human-rights-through-government-budgets",
    },
    {
      title: {
        nl: "Wat is mensenrechtenbudgettering? (Human rights budget work)",
        en: "What is human rights budget work?",
      },
      publisher: "Scottish Human Rights Commission",
      url: "https://www.scottishhumanrights.com/projects-and-programmes/human-rights-budget-work/",
    },
    {
      title: {
        nl: "Overheidsopdrachten en mensenrechten, met de toolkit 'Driving change through public procurement' voor beleidsmakers en inkopers",
        en: "Public procurement and human rights, including the toolkit 'Driving change through public procurement' for policy makers and practitioners",
      },
      publisher: "Danish Institute for Human Rights",
      url: "https://www.humanrights.dk/projects/public-procurement-human-rights",
    },
  ],
};
