import type { FrameworkElement } from "../types";

export const S1: FrameworkElement = {
  key: "S1",
  layer: "structure",
  name: {
    nl: "Een verklaring aannemen ter bevestiging van de verbintenissen van de stad op het gebied van de mensenrechten",
    en: "Adopt a declaration affirming the city's human rights commitments",
  },
  summary: {
    nl: "De gemeenteraad, of een ander orgaan op het hoogste politieke niveau, neemt formeel een verklaring aan waarin de mensenrechtenverbintenissen van de stad zijn vastgelegd.",
    en: "The city council, or another body at the highest political level, formally adopts a declaration that sets out the city's human rights commitments.",
  },
  why: {
    nl: "Wanneer de gemeenteraad, of een ander orgaan op het hoogste politieke niveau, een verklaring, besluit of resolutie aanneemt, worden goede bedoelingen een formele verbintenis. Daarin kan de stad de belangrijkste mensenrechteninstrumenten noemen die zij volgt, en de mechanismen en middelen waarmee zij die in de praktijk brengt. Ook toezeggingen over de rechtsstaat, democratie en goed bestuur kunnen erin staan. Omdat gekozen volksvertegenwoordigers de verklaring in het openbaar aannemen, wordt ze een ijkpunt waarop de ambtelijke organisatie, partners en inwoners zich kunnen beroepen. Zo blijft de verbintenis ook na verkiezingen eerder overeind.",
    en: "A declaration, decision or resolution adopted at the highest political level, usually the city council, turns good intentions into a formal commitment. In it the city can name the key human rights instruments it will follow, and the mechanisms and tools it will use to put them into practice. It can also include pledges on the rule of law, democracy and good governance. Because elected representatives adopt it in public, the declaration becomes a reference point that the administration, partners and residents can all invoke. That makes the commitment more likely to survive changes of government.",
  },
  how: [
    {
      nl: "Laat ngo's, maatschappelijke organisaties en gemeenschappen uit de stad meeschrijven aan de verklaring.",
      en: "Invite NGOs, civil society organisations and local communities to help write the declaration.",
    },
    {
      nl: "Betrek fracties en raadsleden vanaf het begin, zodat de verklaring breed gedragen wordt in de raad.",
      en: "Bring political groups and council members in from the start, so that the declaration has broad backing in the council.",
    },
    {
      nl: "Maak de verklaring binnen en buiten het stadhuis bekend. Dan kunnen de gemeente en lokale instellingen zich erop beroepen en haar gebruiken om samen een cultuur van rechten op te bouwen.",
      en: "Publicise the declaration inside and outside city hall. The city and local bodies can then invoke it and use it to build a culture of rights together.",
    },
  ],
  practice: [
    {
      city: "Graz (AT)",
      text: {
        nl: "Graz nam in 2001 een mensenrechtenverklaring aan en werd daarmee de eerste Europese mensenrechtenstad. Ook Barcelona, Neurenberg en Wenen hebben zich met een eigen verklaring aan de mensenrechten verbonden.",
        en: "Graz adopted a human rights declaration in 2001 and so became the first European human rights city. Barcelona, Nuremberg and Vienna have also adopted declarations committing them to respect human rights.",
      },
    },
    {
      city: "Bilbao (ES)",
      text: {
        nl: "De gemeenteraad van Bilbao nam een ‘Handvest van waarden’ aan met 17 individuele en collectieve waarden, zoals mensenrechten, solidariteit, vertrouwen, duurzaamheid en participatie. De waarden zijn samen met inwoners en verenigingen bepaald en moeten het dagelijks leven in de stad richting geven.",
        en: "Bilbao's city council adopted a ‘Charter of Values’ listing 17 individual and collective values, among them human rights, solidarity, trust, environmental sustainability and participation. The values were defined together with residents and associations and are meant to shape everyday life in the city.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Stad van de mensenrechten: het model van Barcelona (methodologische gids)",
        en: "City of human rights: the Barcelona model (methodology guide)",
      },
      publisher: "Barcelona City Council",
      url: "https://ajuntament.barcelona.cat/dretsidiversitat/sites/default/files/WEB_Manual_DDHH_A5_ENG.pdf",
    },
    {
      title: {
        nl: "Wenen – stad van de mensenrechten: het proces en de verklaring",
        en: "Vienna – City of Human Rights: the process and the declaration",
      },
      publisher: "City of Vienna",
      url: "https://www.wien.gv.at/english/social/integration/human-rights/process.html",
    },
    {
      title: {
        nl: "Europees Handvest voor de bescherming van de mensenrechten in de stad",
        en: "European Charter for the Safeguarding of Human Rights in the City",
      },
      publisher: "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights",
      url: "https://www.uclg-cisdp.org/en/right-to-the-city/european-charter",
    },
  ],
};
