import { defineMessages } from "../define";

export const publicSite = defineMessages({
  en: {
    landing: {
      title: "Charta — the human rights city, on the record",
      intro:
        "Charta helps cities that want to be human rights cities keep their promise on the record. It follows the framework of the EU Agency for Fundamental Rights (FRA) — 20 elements in three layers: foundations, structures and tools. A city's officers, council and advisory board record the city's commitments, draft its human rights declaration, plan its actions and report on progress, and the city publishes what it has achieved on its own public pages.",
      signIn: "Sign in",
      signInHelp: "Working for a city on Charta? Sign in to open your city's workspace.",
      citiesHeading: "Cities on Charta",
      citiesEmpty:
        "No city has been set up yet. A platform administrator creates cities in the platform administration after signing in.",
      cityLink: "{name}, {country} — public pages",
    },
    header: {
      humanRightsCity: "Human rights city",
      languages: "Languages",
      home: "{name} — public home page",
    },
    footer: {
      poweredBy: "Powered by Charta",
      label: "About these pages",
    },
    home: {
      metaTitle: "{name} — human rights city",
      metaDescription: "{name} is a human rights city. Follow how the city builds on the FRA human rights city framework.",
      intro: "{name} is a human rights city.",
      frameworkHeading: "The human rights city framework",
      frameworkIntro:
        "The framework of the EU Agency for Fundamental Rights has 20 elements in three layers. A human rights city works on all of them.",
      notPublished: "The city has not published its framework status yet.",
      layerCount: "{count} elements",
    },
    layers: {
      foundation: "Foundations",
      structure: "Structures",
      tool: "Tools",
    },
    suspended: {
      title: "Temporarily unavailable",
      text: "This city's pages are temporarily unavailable. Nothing has been deleted.",
    },
    notFound: {
      title: "Page not found",
      text: "This page does not exist, or is not available in this language.",
      toCharta: "Go to the Charta home page",
    },
  },
  nl: {
    landing: {
      title: "Charta — de mensenrechtenstad, vastgelegd",
      intro:
        "Charta helpt steden die mensenrechtenstad willen zijn hun belofte vast te leggen. Het volgt het kader van het Bureau van de Europese Unie voor de grondrechten (FRA): 20 elementen in drie lagen — fundamenten, structuren en instrumenten. Ambtenaren, gemeenteraad en adviesraad van een stad leggen de verbintenissen van de stad vast, stellen de mensenrechtenverklaring op, plannen de acties en rapporteren over de voortgang, en de stad publiceert wat ze heeft bereikt op haar eigen openbare pagina's.",
      signIn: "Inloggen",
      signInHelp: "Werkt u voor een stad op Charta? Log in om de werkomgeving van uw stad te openen.",
      citiesHeading: "Steden op Charta",
      citiesEmpty:
        "Er is nog geen stad ingericht. Een platformbeheerder maakt steden aan in het platformbeheer, na het inloggen.",
      cityLink: "{name}, {country} — openbare pagina's",
    },
    header: {
      humanRightsCity: "Mensenrechtenstad",
      languages: "Talen",
      home: "{name} — openbare startpagina",
    },
    footer: {
      poweredBy: "Mogelijk gemaakt door Charta",
      label: "Over deze pagina's",
    },
    home: {
      metaTitle: "{name} — mensenrechtenstad",
      metaDescription: "{name} is een mensenrechtenstad. Volg hoe de stad bouwt op het kader voor mensenrechtensteden van het FRA.",
      intro: "{name} is een mensenrechtenstad.",
      frameworkHeading: "Het kader voor mensenrechtensteden",
      frameworkIntro:
        "Het kader van het Bureau van de Europese Unie voor de grondrechten heeft 20 elementen in drie lagen. Een mensenrechtenstad werkt aan alle elementen.",
      notPublished: "De stad heeft de stand van zaken van het kader nog niet gepubliceerd.",
      layerCount: "{count} elementen",
    },
    layers: {
      foundation: "Fundamenten",
      structure: "Structuren",
      tool: "Instrumenten",
    },
    suspended: {
      title: "Tijdelijk niet beschikbaar",
      text: "De pagina's van deze stad zijn tijdelijk niet beschikbaar. Er is niets verwijderd.",
    },
    notFound: {
      title: "Pagina niet gevonden",
      text: "Deze pagina bestaat niet, of is niet beschikbaar in deze taal.",
      toCharta: "Naar de startpagina van Charta",
    },
  },
});
