import type { FrameworkElement } from "../types";

export const F2: FrameworkElement = {
  key: "F2",
  layer: "foundation",
  name: {
    nl: "Internationale mensenrechtennormen beschermen, eerbiedigen en naleven",
    en: "Protect, respect and fulfil international human rights standards",
  },
  summary: {
    nl: "De stad verbindt zich publiekelijk aan de internationale mensenrechtenverdragen die haar land heeft geratificeerd en gebruikt die als toetssteen bij haar besluiten.",
    en: "The city publicly commits to the international human rights treaties its country has ratified and uses them as a yardstick for its decisions.",
  },
  why: {
    nl: "Mensenrechten zijn universele rechtsnormen die gelden voor overheden op elk niveau, dus ook voor gemeenten. Wanneer een stad openlijk verklaart dat zij de internationale instrumenten toepast die haar land heeft geratificeerd, bevestigt zij dat zij deze rechten binnen haar eigen bevoegdheden beschermt en eerbiedigt. Zo'n publieke toezegging zet mensenrechten in het hart van de lokale besluitvorming, in plaats van ze alleen aan de rijksoverheid over te laten. Bovendien krijgen inwoners, maatschappelijke organisaties en raadsleden er een duidelijke maatstaf mee om de stad op aan te spreken.",
    en: "Human rights are universal legal standards that bind public authorities at every level, local government included. When a city states openly that it will apply the international instruments its country has ratified, it confirms that it will protect and respect those rights within its own powers. Such a public pledge puts human rights at the centre of local decision-making instead of leaving them to national government alone. It also gives residents, civil society and council members a clear standard against which to hold the city to account.",
  },
  how: [
    {
      nl: "Spreek als stad uit dat u zich houdt aan alle mensenrechtenverdragen die uw land heeft geratificeerd.",
      en: "Declare publicly that the city will apply every human rights treaty your country has ratified.",
    },
    {
      nl: "Noem in de onderbouwing van besluiten de instrumenten die ertoe doen, zoals de Universele Verklaring van de Rechten van de Mens of het Europees Verdrag voor de Rechten van de Mens.",
      en: "Name the relevant instruments, such as the Universal Declaration of Human Rights or the European Convention on Human Rights, in the reasoning behind decisions.",
    },
    {
      nl: "Volg ontwikkelingen op het gebied van mensenrechten samen met deskundigen en nationale spelers, zoals het nationale mensenrechteninstituut, het orgaan voor gelijke behandeling en de ombudsman.",
      en: "Keep track of human rights developments together with experts and national bodies, for example the national human rights institution, the equality body and the ombudsperson.",
    },
  ],
  practice: [
    {
      city: "Nürnberg (DE)",
      text: {
        nl: "Neurenberg heeft zich uitgeroepen tot ‘stad van de vrede en de mensenrechten’. Die verklaring neemt de Universele Verklaring van de Rechten van de Mens als uitgangspunt.",
        en: "Nuremberg has declared itself a ‘City of Peace and Human Rights’. The declaration takes the Universal Declaration of Human Rights as its point of reference.",
      },
    },
    {
      city: "Barcelona (ES)",
      text: {
        nl: "Barcelona baseert zijn verbintenissen op het volledige spectrum van mensenrechten- en grondrechteninstrumenten en verwijst daarbij naar het Europees Handvest voor de bescherming van de mensenrechten in de stad. Dat handvest kwam voort uit een conferentie die in 1998 in Barcelona werd gehouden.",
        en: "Barcelona bases its commitments on the full spectrum of human and fundamental rights instruments and refers to the European Charter for the Safeguarding of Human Rights in the City. That charter grew out of a conference held in Barcelona in 1998.",
      },
    },
  ],
  resources: [
    {
      title: {
        nl: "Universele mensenrechteninstrumenten (overzicht)",
        en: "Universal human rights instruments (overview)",
      },
      publisher: "UN OHCHR",
      url: "https://www.ohchr.org/en/instruments-listings",
    },
    {
      title: {
        nl: "Universele Verklaring van de Rechten van de Mens",
        en: "Universal Declaration of Human Rights",
      },
      publisher: "United Nations",
      url: "https://www.un.org/en/about-us/universal-declaration-of-human-rights",
    },
    {
      title: {
        nl: "Verdragen van de Raad van Europa (Verdragenbureau)",
        en: "Council of Europe treaties (Treaty Office)",
      },
      publisher: "Council of Europe",
      url: "https://www.coe.int/en/web/conventions/",
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
