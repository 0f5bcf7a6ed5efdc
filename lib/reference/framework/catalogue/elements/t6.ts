import type { FrameworkElement } from "../types";

export const T6: FrameworkElement = {
  key: "T6",
  layer: "tool",
  name: {
    nl: "Nagaan of lokale besluiten verenigbaar zijn met de mensenrechten",
    en: "Check that local decisions are compatible with human rights",
  },
  summary: {
    nl: "Ga na of besluiten, beleid en activiteiten van de stad in lijn zijn met de mensenrechten, door vooraf de te verwachten gevolgen te beoordelen en achteraf de werkelijke gevolgen te evalueren.",
    en: "Check that the city's decisions, policies and activities are in line with human rights, by assessing likely effects beforehand and evaluating actual effects afterwards.",
  },
  why: {
    nl: "Steden en andere lokale overheden zijn plichtdragers: alles wat zij besluiten en doen, moet in lijn zijn met de mensenrechten. Dat kunnen zij op drie manieren bewaken. Ten eerste door na te gaan of hun werk voldoet aan de verplichtingen uit nationaal, Europees en internationaal recht. Ten tweede door vooraf (ex ante) in te schatten welke positieve en negatieve gevolgen een maatregel voor de rechten van mensen kan hebben. Ten derde door mechanismen in te richten om de gevolgen achteraf (ex post) te evalueren en zo nodig bij te sturen.",
    en: "Cities and other local authorities are duty bearers: everything they decide and do has to be consistent with human rights. They can keep track of this in three ways. First, by making sure their work meets the obligations set out in national, EU and international law. Second, by estimating in advance (ex ante) what positive and negative effects a measure may have on people's rights. Third, by putting mechanisms in place to evaluate the effects afterwards (ex post) and to change course where needed.",
  },
  how: [
    {
      nl: "Vraag deskundig advies om de mogelijke gevolgen van een besluit voor de mensenrechten te beoordelen voordat het wordt genomen.",
      en: "Ask for expert advice to assess the possible human rights impact of a decision before it is taken.",
    },
    {
      nl: "Schakel onafhankelijke deskundigen of technische specialisten in: onafhankelijk advies is onmisbaar voor de geloofwaardigheid van de toets.",
      en: "Call on independent experts or technical specialists: independent advice is essential if the assessment is to be credible.",
    },
    {
      nl: "Maak zowel het proces als de uitkomsten transparant, bijvoorbeeld door beoordelingen te publiceren en te laten zien wat ermee is gedaan.",
      en: "Keep both the process and its results transparent, for example by publishing assessments and showing how they were used.",
    },
  ],
  practice: [
    {
      city: "Graz (AT)",
      text: {
        nl: "De mensenrechtenraad van Graz volgt de stand van de mensenrechten in de stad en rapporteert daar jaarlijks over. Dat geldt ook voor verkiezingscampagnes: de raad beoordeelt of campagnemateriaal, toespraken en interviews van alle partijen de mensenrechten respecteren.",
        en: "In Graz, the human rights council monitors human rights in the city and reports on them every year. This also covers election campaigns: the council checks whether the campaign material, speeches and interviews of all parties respect human rights.",
      },
    },
    {
      city: "Swansea (UK)",
      text: {
        nl: "In Swansea roept een toetsingsproces onder leiding van daarvoor aangewezen raadsleden de leden van het stadsbestuur ter verantwoording. Het proces geeft inwoners een stem en helpt de openbare dienstverlening te verbeteren.",
        en: "In Swansea, a scrutiny process led by designated scrutiny councillors holds cabinet members to account. It gives residents a voice and helps to improve public services.",
      },
    },
  ],
  resources: [
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
