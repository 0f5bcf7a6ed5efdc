import type { FrameworkElement } from "../types";

export const S3: FrameworkElement = {
  key: "S3",
  layer: "structure",
  name: {
    nl: "Een mensenrechtenbureau of -afdeling oprichten",
    en: "Set up a human rights office or department",
  },
  summary: {
    nl: "De stad heeft binnen de ambtelijke organisatie een eigen mensenrechtenbureau of -afdeling die het mensenrechtenwerk ondersteunt, coördineert en uitdraagt.",
    en: "The city has a dedicated human rights office or department within its administration that supports, coordinates and promotes its human rights work.",
  },
  why: {
    nl: "Een eigen bureau of afdeling is een van de beste manieren om het mensenrechtenwerk van de stad een vaste plek in de organisatie te geven. Zo'n bureau kan helpen om mensenrechtenactiviteiten in de hele organisatie te plannen en te programmeren. Het kan de schakel zijn tussen gekozen bestuurders, de ambtelijke organisatie, het maatschappelijk middenveld en gemeenschappen, ook groepen in een kwetsbare positie. En het kan het bewustzijn over mensenrechten vergroten, bij medewerkers en in de stad als geheel.",
    en: "A dedicated office or department is one of the most effective ways to give the city's human rights work a permanent home in the administration. It can help plan and programme human rights activities across the organisation. It can act as the link between elected representatives, the administration, civil society and communities, including groups in vulnerable situations. And it can raise awareness of human rights, both among staff and across the city as a whole.",
  },
  how: [
    {
      nl: "Organiseer open gesprekken tussen ambtenaren en mensen die zelf met mensenrechtenproblemen te maken hebben, zoals kinderen en jongeren, ouderen, mensen met een handicap, etnische minderheden, dakloze mensen en lhbtiq+-personen.",
      en: "Organise open conversations between officials and people who face human rights problems themselves, such as children and young people, older people, persons with disabilities, ethnic minorities, homeless people and LGBTIQ people.",
    },
    {
      nl: "Leg in het mandaat van het bureau vast dat het een afdelingsoverstijgende aanpak van mensenrechten in alle gemeentelijke diensten ondersteunt.",
      en: "State in the office's mandate that it supports a cross-departmental approach to human rights throughout the city's services.",
    },
    {
      nl: "Help mensen hun rechten, universele waarden en de rechtsstaat te begrijpen, ook beroepsgroepen zoals leraren, zorgverleners, woningcorporaties en maatschappelijk werkers.",
      en: "Help people understand their rights, universal values and the rule of law, including professionals such as teachers, care workers, social housing providers and social workers.",
    },
  ],
  practice: [
    {
      city: "Wien (AT)",
      text: {
        nl: "Wenen opende in 2015 een Mensenrechtenbureau, nadat de gemeenteraad de mensenrechtenverklaring van de stad had aangenomen. Net als de bureaus in Neurenberg en Turijn coördineert het de mensenrechteninitiatieven van de stad, adviseert het de stad en haar bestuurders en maakt het mensen bewust van hun rechten.",
        en: "Vienna opened a Human Rights Office in 2015, after the city council had adopted the city's human rights declaration. Like the offices in Nuremberg and Turin, it coordinates the city's human rights initiatives, advises the city and its leaders, and makes people aware of their rights.",
      },
    },
    {
      city: "Västra Götaland (SE)",
      text: {
        nl: "De Zweedse regio Västra Götaland heeft een eigen afdeling voor mensenrechten. Die helpt de regionale overheid mensenrechteninitiatieven en actieplannen te coördineren en geeft advies en begeleiding bij mensenrechtenactiviteiten.",
        en: "The Swedish region of Västra Götaland has its own human rights department. It helps the regional authority coordinate human rights initiatives and action plans, and gives advice and guidance on human rights activities.",
      },
    },
    {
      city: "Bologna (IT)",
      text: {
        nl: "In zijn meerjarenprogramma voor 2021-2023 heeft Bologna gelijkheid en non-discriminatie breed verankerd. De uitvoering ligt bij een apart bureau met drie eenheden: één voor lhbtiq+-rechten, diversiteit en genderbeleid, één voor mensenrechten, nieuwe burgers en internationale samenwerking, en één voor interculturele dienstverlening.",
        en: "In its programming document for 2021-2023, Bologna set out a broad policy on equality and non-discrimination. A dedicated office with three units puts it into practice: one for LGBTIQ rights, diversity and gender policy, one for human rights, new citizens and international cooperation, and one for intercultural services.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Transparantie en open bestuur (reeks Public Ethics)",
        en: "Transparency and open government (Public Ethics series)",
      },
      publisher: "Council of Europe – Congress of Local and Regional Authorities",
      url: "https://www.coe.int/en/web/congress/corruption-and-public-ethics",
    },
    {
      title: {
        nl: "Participatie van kinderen in lokaal bestuur: richtsnoer van UNICEF",
        en: "Child participation in local governance: a UNICEF guidance note",
      },
      publisher: "UNICEF",
      url: "https://www.unicef.org/sites/default/files/2019-12/UNICEF-Child-Participation-in-Local-Governance.pdf",
    },
  ],
};
