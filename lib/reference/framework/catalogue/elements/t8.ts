import type { FrameworkElement } from "../types";

export const T8: FrameworkElement = {
  key: "T8",
  layer: "tool",
  name: {
    nl: "Bewustzijn scheppen bij mensen over mensenrechten",
    en: "Raise people's awareness of human rights",
  },
  summary: {
    nl: "Communiceer over mensenrechten op een manier die inwoners bereikt en overtuigt, met brede campagnes en met initiatieven voor specifieke groepen.",
    en: "Communicate about human rights in ways that reach and convince residents, through broad campaigns as well as initiatives aimed at specific groups.",
  },
  why: {
    nl: "Mensenrechten kunnen alleen overeind blijven als het publiek ze vertrouwt en steunt. Steden kunnen dat draagvlak opbouwen door helder te laten zien wat rechten in het dagelijks leven betekenen en ze actief uit te dragen. Algemene bewustmakingscampagnes bereiken de hele bevolking, terwijl gerichte initiatieven zich kunnen richten op groepen zoals leraren, politieagenten of zorgverleners. Goede communicatie helpt ook om geruchten, vooroordelen en stereotypen te ontkrachten voordat ze uitmonden in discriminatie.",
    en: "Human rights can only be upheld if the public trusts and supports them. Cities can build that support by showing clearly what rights mean in daily life and by actively promoting them. General awareness campaigns reach the whole population, while targeted initiatives can focus on groups such as teachers, police officers or care workers. Good communication also helps to defuse rumours, prejudice and stereotypes before they turn into discrimination.",
  },
  how: [
    {
      nl: "Vertel het menselijke verhaal achter de cijfers: laat zien om wie het gaat.",
      en: "Tell the human story behind the figures: show who is actually affected.",
    },
    {
      nl: "Zoek ‘ambassadeurs’ die uw boodschap geloofwaardig kunnen uitdragen, zoals sleutelfiguren uit de gemeenschap, influencers op sociale media of mensen van wie de rechten op het spel staan.",
      en: "Find ‘champions’ who can give your message an authentic voice, such as community leaders, social media influencers or people whose rights are at stake.",
    },
    {
      nl: "Zet geslaagde initiatieven van onderop in het zonnetje, bijvoorbeeld met onderscheidingen, prijzen, mensenrechtenkeurmerken of sport- en cultuurevenementen.",
      en: "Recognise and reward successful grassroots initiatives, for example with awards, prizes, human rights labels, or sports and cultural events.",
    },
  ],
  practice: [
    {
      city: "Barcelona (ES)",
      text: {
        nl: "Barcelona bestrijdt discriminatie en haat onder meer met een anti-geruchtenstrategie, die past in de bredere gelijkheidsaanpak van de stad. De strategie wil mensen bewuster maken, prikt geruchten, vooroordelen en stereotypen door, geeft inwoners handvatten om ertegenin te gaan en zet aan tot gesprek over samenleven in een diverse stad.",
        en: "Barcelona's anti-rumour strategy is one strand of the city's wider approach to equality and to fighting discrimination and hate. It aims to raise awareness, takes apart rumours, prejudices and stereotypes, equips residents to push back against them and encourages conversation about living together in a diverse city.",
      },
    },
    {
      city: "Gdańsk (PL)",
      text: {
        nl: "Elk jaar viert Gdańsk participatie, democratie en mensenrechten tijdens een Week van de Democratie, met onder meer debatten, workshops, bijeenkomsten en optredens. Sinds 2021 reikt de stad samen met het Europees Comité van de Regio's ook de Burgemeester Paweł Adamowicz-prijs uit, voor moedige en uitzonderlijke inzet voor vrijheid, solidariteit en gelijkheid.",
        en: "Every year Gdańsk holds a Democracy Week of debates, workshops, meetings and performances celebrating participation, democracy and human rights. Since 2021 the city and the European Committee of the Regions have also presented the Mayor Paweł Adamowicz Award for courage and outstanding work in promoting freedom, solidarity and equality.",
      },
    },
    {
      city: "The Hague (NL)",
      text: {
        nl: "In een campagne tegen kinderarbeid werkten de gemeente Den Haag, reclamebureau Glasnost en Hivos People Unlimited samen met Instagram-influencers. Dankzij die nieuwe, geloofwaardige stemmen bereikte de campagne meer dan 100.000 volgers en trok ze de aandacht van jongeren en de reguliere media.",
        en: "In a campaign against child labour, the municipality of The Hague, the advertising agency Glasnost and Hivos People Unlimited teamed up with Instagram influencers. These fresh, authentic voices helped the campaign reach more than 100,000 followers and catch the attention of young people and mainstream media.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "10 sleutels om doeltreffend over mensenrechten te communiceren",
        en: "10 keys to effectively communicating human rights",
      },
      publisher: "FRA",
      url: "https://fra.europa.eu/en/publication/2018/10-keys-effectively-communicating-human-rights",
    },
    {
      title: {
        nl: "Aanbeveling CM/Rec(2022)2 over de democratische verantwoordingsplicht van gekozen vertegenwoordigers en gekozen organen op lokaal en regionaal niveau",
        en: "Recommendation CM/Rec(2022)2 on democratic accountability of elected representatives and elected bodies at local and regional level",
      },
      publisher: "Council of Europe",
      url: "https://www.coe.int/en/web/centre-of-expertise-for-multilevel-governance/good-democratic-governance",
    },
    {
      title: {
        nl: "Gidsen en brochures van het Congres van Lokale en Regionale Overheden, bijvoorbeeld over lokaal stemrecht en het voorkomen van corruptie",
        en: "Guides and booklets of the Congress of Local and Regional Authorities, for example on local voting rights and preventing corruption",
      },
      publisher: "Council of Europe",
      url: "https://www.coe.int/en/web/congress/publications",
    },
  ],
};
