import type { FrameworkElement } from "../types";

export const S7: FrameworkElement = {
  key: "S7",
  layer: "structure",
  name: {
    nl: "Samenwerken en partnerschappen ontwikkelen met nationale, EU- en internationale mensenrechtenorganen",
    en: "Cooperate and build partnerships with national, EU and international human rights bodies",
  },
  summary: {
    nl: "De stad werkt samen met nationale, Europese en internationale mensenrechtenorganen, het maatschappelijk middenveld, de wetenschap en andere steden; ze deelt wat ze leert en maakt gebruik van hun steun.",
    en: "The city works with national, EU and international human rights bodies, civil society, academia and other cities, sharing what it learns and drawing on their support.",
  },
  why: {
    nl: "Alle bestuurslagen dragen samen verantwoordelijkheid voor mensenrechten; geen stad kan ze in haar eentje waarmaken. Partnerschappen en samenwerking zijn daarom essentieel voor een geslaagde mensenrechtenaanpak. Allerlei nationale, Europese en internationale organisaties kunnen steden ondersteunen, expertise leveren en met hen optrekken. Door die samenwerking kan een stad haar lokale ervaring inbrengen in breder beleid en leren van wat anderen al hebben geprobeerd.",
    en: "Every level of government shares responsibility for human rights, so no city can deliver them on its own. Partnerships and cooperation are therefore essential to a successful human rights approach. A range of national, EU and international organisations can support cities, provide expertise and work alongside them. Working with them also lets a city feed its local experience into wider policy and learn from what others have already tried.",
  },
  how: [
    {
      nl: "Zoek voor uw mensenrechtenwerk de samenwerking op met de rijksoverheid, het nationale mensenrechteninstituut, het orgaan voor gelijke behandeling of de ombudsman, maatschappelijke organisaties en kennisinstellingen.",
      en: "Seek cooperation on human rights with your national government, the national human rights institution, the equality body or ombudsperson, civil society organisations and universities or research institutes.",
    },
    {
      nl: "Laat de EU en internationale organisaties zoals de VN, de OVSE en de Raad van Europa weten wat uw stad heeft geleerd, en deel uw ervaringen ook met de Europese instellingen en organen.",
      en: "Let the EU and international organisations such as the UN, the OSCE and the Council of Europe know what your city has learned, and share your experience with the EU institutions and bodies too.",
    },
    {
      nl: "Zoek andere steden en regio's op, bijvoorbeeld via de stedennetwerken waarvan uw stad lid is.",
      en: "Team up with other cities and regions, for example through the city networks your city belongs to.",
    },
  ],
  practice: [
    {
      city: "Torino (IT)",
      text: {
        nl: "Turijn is coördinator van RE.A.DY, een Italiaans netwerk waarin regio's, autonome provincies en gemeenten samen werken aan het voorkomen en bestrijden van discriminatie vanwege seksuele oriëntatie en genderidentiteit.",
        en: "Turin coordinates RE.A.DY, an Italian network in which regions, autonomous provinces and local authorities work together to prevent and combat discrimination on grounds of sexual orientation and gender identity.",
      },
    },
    {
      city: "Zagreb (HR)",
      text: {
        nl: "Zagreb ontwikkelde samen met de Universiteit van Zagreb, IT-bedrijven en verenigingen van mensen met een handicap een mobiele app die mensen met een handicap de weg wijst naar toegankelijke gebouwen, straten en openbaar vervoer.",
        en: "Zagreb worked with associations of persons with disabilities, the University of Zagreb and private IT companies to build a mobile app that guides people with disabilities to accessible buildings, streets and public transport.",
      },
    },
    {
      city: "Aghia Varvara (GR)",
      text: {
        nl: "Aghia Varvara deed mee aan het FRA-project ‘Lokaal engagement voor de integratie van Roma’ (LERI), met een participatief actieonderzoek naar gemeenschapsontwikkeling om de verhoudingen tussen Roma en de rest van de bevolking te verbeteren. Mátraverebély (Hongarije) en Rakytník en Hrabušice (Slowakije) deden hetzelfde; in totaal namen ruim twintig gemeenten in elf lidstaten deel.",
        en: "Aghia Varvara took part in FRA's Local Engagement for Roma Inclusion (LERI) project, running participatory action research on community development to improve relations between Roma and the wider population. Mátraverebély (Hungary) and Rakytník and Hrabušice (Slovakia) did the same; in all, more than twenty municipalities in eleven Member States took part.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Tien punten voor een gemeenschappelijke agenda voor lokale overheden en mensenrechten",
        en: "Ten points to advance a common agenda on local governments and human rights",
      },
      publisher: "UN OHCHR and UCLG",
      url: "https://www.uclg-cisdp.org/en/news/united-nations-and-uclg-partnership-human-rights-ten-points-advance-common-agenda-local",
    },
    {
      title: {
        nl: "Project Lokaal engagement voor de integratie van Roma (LERI)",
        en: "Local Engagement for Roma Inclusion (LERI) project",
      },
      publisher: "FRA",
      url: "https://fra.europa.eu/en/project/2015/local-engagement-multi-annual-roma-programme/home",
    },
    {
      title: {
        nl: "Werken met Roma: participatie en empowerment van lokale gemeenschappen",
        en: "Working with Roma: participation and empowerment of local communities",
      },
      publisher: "FRA",
      url: "https://fra.europa.eu/sites/default/files/fra_uploads/fra-2018-working-with-roma_en.pdf",
    },
  ],
};
